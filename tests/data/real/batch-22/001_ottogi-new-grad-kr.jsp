<%@ page language="java" contentType="text/html; charset=UTF-8"
    pageEncoding="UTF-8"%>
 
<div id="job_click" class="job_click_hide" onclick="jobClick()">

  <div id="j_cl" >
    <div id="cl_top">
      <p id="cl_top_te1">(주)오뚜기</p>
      <p id="cl_top_te2">2020년하반기 대졸신입사원채용</p>
    </div>
            
    <div id="cl_body">
      <p id='cl_body_p'>~2020년10월29일</p>
      <div id="cl_bo1">
        <p id="cl_bo1_te1">지원자격</p>
        <p class = 'cl_p'>경력:신입</p>
        <p class='cl_p'>학력:대졸이상(졸업예정자 가능)</p>
      </div>
      <div id="cl_bo2">
        <p id='cl_elig'>지원자격</p>
        <p class='cl_p'>고용형태 : 정규직</p>
        <p class='cl_p'>급여 : 회사내규에 따름</p>
        <p class='cl_p'>지역 : 서울시 강남구,전국</p>
      </div>
    </div>
    <div id="cl_bt">
      <div id="cl_bt_line"></div>
      <p> 채용정보 보러가기</p> 
      <div id="cl_bt_center">
        <div class="cl_bt_link cl_sri">사람인</div>
        <div class="cl_bt_link cl_jk">잡코리아</div>
        <div class="cl_bt_link cl_wn">워크넷</div>
      </div>
      <div id="j_sc">
        <p>썸 ,내일의 채용공고는 본 게시글 안의 <b>타사이트 채용공고 페이지</b>로의 링크를 통해 지원이 가능합니다</p>
      </div>
    </div>
    
  </div>
</div>



