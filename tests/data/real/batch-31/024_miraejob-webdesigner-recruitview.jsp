<%@ page language="java" contentType="text/html; charset=UTF-8"
    pageEncoding="UTF-8"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>미래잡</title>
<link rel="stylesheet" type="text/css" href="${pageContext.request.contextPath }/resources/css/reset.css" />
<link rel="stylesheet" type="text/css" href="${pageContext.request.contextPath }/resources/css/common.css" />
<link rel="stylesheet" type="text/css" href="${pageContext.request.contextPath }/resources/css/recruit.css" />
<link rel="stylesheet" type="text/css" href="${pageContext.request.contextPath }/resources/css/notice.css" />
<link rel="stylesheet" type="text/css" href="https://fonts.googleapis.com/earlyaccess/notosanskr.css">
<script type="text/javascript" src="${pageContext.request.contextPath}/resources/js/jquery-1.11.2.js"></script>
<script type="text/javascript" src="${pageContext.request.contextPath }/resources/js/common.js"></script>
<script type="text/javascript" src="${pageContext.request.contextPath }/resources/js/sub.js"></script>
<script>
jQuery(function(){
	fnMenuOn(2, 0);
});
</script>
</head>
<body>
<div id="wrapper">
	<jsp:include page="/test/miraejob/header.jsp" />
	
	<div id="section_sub_wrap">
		<div class="sub_visual sub_visual03">
			<div class="sub_visual_txt">
				<h2 class="sub_visual_txt1">채용정보</h2>
				<h3 class="sub_visual_txt2">채용정보</h3>
			</div>
		</div><!-- //sub_visual -->
		<div class="sub_content sub_recruitView">
			<div class="recruitView_wrap">
				<div class="recruitView_content">
					<div class="recruitView_top">
						<p class="recruitView_top_company">메디픽스</p>
						<p class="recruitView_top_title">웹디자이너 경력 채용</p>
						<span class="recruitView_date">~11 / 27</span>
					</div><!-- //recruitView_top -->
					<div class="recruitView_mid cf">
						<div class="recruitView_mid_box">
							<p class="recruitView_mid_tit">모집요강</p>
							<ul>
								<li>
									<p class="recruitView_mid_txt1">· 근무직종</p>
									<p class="recruitView_mid_txt2">웹디자인</p>
								</li>
								<li>
									<p class="recruitView_mid_txt1">· 고용형태</p>
									<p class="recruitView_mid_txt2">정규직</p>
								</li>
								<li>
									<p class="recruitView_mid_txt1">· 채용인원</p>
									<p class="recruitView_mid_txt2">2명</p>
								</li>
							</ul>
						</div><!-- //recruitView_mid_box -->
						<div class="recruitView_mid_box">
							<p class="recruitView_mid_tit">지원자격</p>
							<ul>
								<li>
									<p class="recruitView_mid_txt1">· 경력</p>
									<p class="recruitView_mid_txt2">경력무관</p>
								</li>
								<li>
									<p class="recruitView_mid_txt1">· 학력</p>
									<p class="recruitView_mid_txt2">학력무관</p>
								</li>
								<li>
									<p class="recruitView_mid_txt1">· 성별</p>
									<p class="recruitView_mid_txt2">성별무관</p>
								</li>
								<li>
									<p class="recruitView_mid_txt1">· 연령</p>
									<p class="recruitView_mid_txt2">연령무관</p>
								</li>
							</ul>
						</div><!-- //recruitView_mid_box -->
						<div class="recruitView_mid_box">
							<p class="recruitView_mid_tit">근무조건</p>
							<ul>
								<li>
									<p class="recruitView_mid_txt1">· 고용형태</p>
									<p class="recruitView_mid_txt2">정규직</p>
								</li>
								<li>
									<p class="recruitView_mid_txt1">· 근무지역</p>
									<p class="recruitView_mid_txt2">서울 성동구</p>
								</li>
								<li>
									<p class="recruitView_mid_txt1">· 우대사항</p>
									<p class="recruitView_mid_txt2">해당직무 근무경험</p>
								</li>
								<li>
									<p class="recruitView_mid_txt1">· 급여</p>
									<p class="recruitView_mid_txt2">회사내규에 따름</p>
								</li>
							</ul>
						</div><!-- //recruitView_mid_box -->
						<div class="recruitView_mid_box">
							<p class="recruitView_mid_tit">기업정보</p>
							<ul>
								<li>
									<p class="recruitView_mid_txt1">· 주요사업</p>
									<p class="recruitView_mid_txt2">쇼핑몰·오픈마켓</p>
								</li>
								<li>
									<p class="recruitView_mid_txt1">· 홈페이지</p>
									<p class="recruitView_mid_txt2">hrb.kr</p>
								</li>
							</ul>
						</div><!-- //recruitView_mid_box -->
					</div><!-- //recruitView_mid -->
					<div class="recruitView_bot">
						<div class="recruitView_bot_box">
							<p class="recruitView_bot_tit">모집부문 및 자격요건</p>
							<div class="table_com recruitView_table">
								<table cellpadding="0" cellspacing="0">
									<caption>모집부문 및 자격요건 테이블</caption>
									<colgroup>
									   <col width="260"> 
									   <col width="">
									   <col width="320">
									</colgroup>
									<thead>
										<tr>
											<th>담당업무</th>
											<th>자격요건</th>
											<th>우대사항</th>
										</tr>
									</thead>
									<tbody>
										<tr>
											<td>
												<ul>
													<li>· PC 및 모바일 사이트 디자인 업무 (유지보수 및 신규 구축 포함)</li>
													<li>· 제품소개 페이지 디자인업무</li>
												</ul>
											</td>
											<td>
												<ul>
													<li>· 경력 무관</li>
													<li>· 학력 무관</li>
													<li>· 아이디어를 디자인, 이미지로 구현이 가능한 자</li>
													<li>· 관련 소프트웨어를 능숙하게 다루는 자 (포토샵, 일러스트레이터 등)</li>
												</ul>
											</td>
											<td>
												<ul>
													<li>· 웹/모바일 신규 구축 프로젝트 경험자</li>
													<li>· 교육 출판사 근무 경험자</li>
												</ul>
											</td>
										</tr>
									</tbody>
								</table>
							</div><!-- //recruitView_table -->
						</div><!-- //recruitView_bot_box -->
						
						<div class="recruitView_bot_box">
							<p class="recruitView_bot_tit">근무조건 및 근무환경</p>
							<ul class="recruitView_bot_ul">
								<li>
									<p class="recruitView_bot_txt1">· 근무형태</p>
									<p class="recruitView_bot_txt2">정규직(수습기간 3개월)</p>
								</li>
								<li>
									<p class="recruitView_bot_txt1">· 근무지역</p>
									<p class="recruitView_bot_txt2">서울특별시 마포구 상수동</p>
								</li>
								<li>
									<p class="recruitView_bot_txt1">· 급여</p>
									<p class="recruitView_bot_txt2">회사내규에 따름(면접 후 결정)</p>
								</li>
							</ul>
						</div><!-- //recruitView_bot_box -->
						
						<div class="recruitView_bot_box">
							<p class="recruitView_bot_tit">접수기간 및 방법</p>
							<ul class="recruitView_bot_ul">
								<li>
									<p class="recruitView_bot_txt1">· 마감일</p>
									<p class="recruitView_bot_txt2">2018년 11월 27일 (채용 시 마감)</p>
								</li>
								<li>
									<p class="recruitView_bot_txt1">· 접수방법</p>
									<p class="recruitView_bot_txt2">미래잡 온라인 접수</p>
								</li>
								<li>
									<p class="recruitView_bot_txt1">· 제출서류</p>
									<p class="recruitView_bot_txt2">이력서, 자기소개서, 포트폴리오<br>최종합격 후 졸업증명서<br>최종학교 전 학년 성적증명서<br>공인시험 및 기타 자격증 사본(소지자에 한함)</p>
								</li>
							</ul>
						</div><!-- //recruitView_bot_box -->
						
						<div class="recruitView_bot_box">
							<p class="recruitView_bot_tit">문의사항</p>
							<ul class="recruitView_bot_ul">
								<li>
									<p class="recruitView_bot_txt2">· 채용담당자 (02-568-2670/abc@miraejob.co.kr)</p>
								</li>
							</ul>
						</div><!-- //recruitView_bot_box -->
						
						<div class="recruitView_bot_box">
							<p class="recruitView_bot_tit">기타사항</p>
							<ul class="recruitView_bot_ul">
								<li>
									<p class="recruitView_bot_txt2">· 합격발표 및 전형일자 통보는 합격자에 한하여 개별 안내합니다.</p>
								</li>
								<li>
									<p class="recruitView_bot_txt2">· 입사지원서 내용이 사실과 다를 경우 합격이 취소됩니다.</p>
								</li>
								<li>
									<p class="recruitView_bot_txt2">· 접수된 서류는 일체 반환되지 않습니다.</p>
								</li>
							</ul>
						</div><!-- //recruitView_bot_box -->
						
					</div><!-- //recruitView_bot -->
				</div><!-- //recruitView_content -->
				<div class="noticeView_btn_wrap">
					<div class="notice_bot_btn"><a href="#">수정</a></div>
					<div class="notice_bot_btn"><a href="#">삭제</a></div>
				</div><!-- //noticeView_btn_wrap -->
				<div class="noticeView_prevnext_wrap">
					<div class="noticeView_prevnext noticeView_next">
						<ul class="cf">
							<li>다음글<span class="notiveView_arrow notiveView_arrow_next"></span></li>
							<li class="noticeView_prevnext_bar">|</li>
							<li><p>다음글이 없습니다.</p></li>
							<li class="noticeView_prevnext_date">-</li>
						</ul>
					</div><!-- //noticeView_prevnext -->
					<div class="noticeView_prevnext noticeView_prev">
						<ul class="cf">
							<li>이전글<span class="notiveView_arrow notiveView_arrow_prev"></span></li>
							<li class="noticeView_prevnext_bar">|</li>
							<li><p><a href="#">2018 이러닝/에듀테크 채용박람회</a></p></li>
							<li class="noticeView_prevnext_date">2018.11.12</li>
						</ul>
					</div><!-- //noticeView_prevnext -->
				</div><!-- //noticeView_prevnext_wrap -->
				<div class="noticeView_listbtn">
					<div class="notice_bot_btn"><a href="${pageContext.request.contextPath}/test/miraejob/sub/recruit.jsp">목록</a></div>
				</div><!-- //noticeView_listbtn -->
			</div><!-- //recruitView_wrap -->
		</div><!-- //sub_content -->
	</div><!-- //section_wrap -->
	
	<jsp:include page="/test/miraejob/footer.jsp" />
</div><!-- //wrapper -->
</body>
</html>
