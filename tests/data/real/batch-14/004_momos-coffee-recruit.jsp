<%@ page language="java" contentType="text/html; charset=UTF-8"
    pageEncoding="UTF-8"%>
<%@include file="/include/header.jsp"%>
	<section id="recruit_container">
		<h2 class="hidden">채용정보</h2>
		<ul class="pageRoute">
			<li class="route_before">
				<a href="index.jsp" title="main"><span>Home</span></a>
			</li>
			<li><a href="/pages/recruit.jsp" title="recruit">RECRUIT</a></li>
		</ul><!-- 페이지 경로 -->
		<div class="recruit_visualWrap">
			<p class="recruit_visualText">- Recruit-</p>
		</div><!-- visual -->
		<div class="recruit_textArea">
			<p>
				커피보다 사람, 실력보다는 인성, 기교보다 기본의 가치를 아는 당신을 기다립니다.<br/>
				뜻깊은 여정의 시작, 당신과 함께 하고 싶습니다. <br/>
				커피전문기업으로 100년의 역사를 새겨나갈 모모스와 동행자가 되어주세요.
			</p>
			<p>
				<strong>모집분야</strong><br/>
				01_바리스타팀 [채용시 마감]<br/><br/>
				<strong>근무조건</strong><br/>
				01_1일 8시간 근무 [식사시간 1시간 별도]<br/>
				02_월 8회 휴무 [근무 스케쥴은 월별 조율]<br/>
				03_신입 지원자 수습 3개월 적용<br/>
				04_연봉제 / 4대보험 가입 / 퇴직금 지급<br/><br/>
				<strong>직원복지</strong><br/>
				01_전직원 아카데미 정규교육 이수<br/>
				02_1년 만근자 대상 매년 연차와 공휴일 대체휴무 제공<br/><br/>
				<strong>지원방법</strong><br/>
				자유 양식의 이력서 / 자기소개서 작성하여 이메일 recruit@momos.co.kr로 지원<br/>
				인사담당자가 지원자 정보 확인 후, 서류전형 합격자에 한해 면접을 진행합니다. <br/><br/>
				<strong>문의</strong><br/>
				recruit@momos.co.kr / ☏ 051-512-0700
			</p>
		</div>
	</section>
<%@include file="/include/footer.jsp"%>