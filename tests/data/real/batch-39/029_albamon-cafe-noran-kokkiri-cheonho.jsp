<%@ page language="java" contentType="text/html; charset=UTF-8"
    pageEncoding="UTF-8"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Insert title here</title>
</head>
<body>
<div class="viewTypeFullWidth">
    
    
    <div class="companyInfo infoBox ">
        <div class="recruitInfo">
            <div class="company">
                <span class="companyName">카페노란코끼리</span>

            </div>
            <h1>카페노란코끼리 천호점에서 함께할 직원을 찾습니다. </h1>
                    </div>
        <div class="thumbnailContainer verticalLine clearfix devHidePrint">
            <div class="viewThumbnail defaultThumb">
                <div class="thumbnail">
                    <ul class="clearfix">
                            <li class="on cursorDefault" data-img-type="default"><img src="http://contents.albamon.kr/monimg/list/recruit/defaultThumb.png" alt="공고 사진"></li>
                    </ul>
                </div>
                <div class="indicate">
                    <ul class="clearfix"></ul>
                </div>
            </div>
            <div class="viewWorkInfo clearfix">
                        <div class="item">
                            <div class="circle payMonth">
                                <span>월급</span>
                            </div>
                            <div class="itemInfo pay payMonth">1,800,000원</div>
                        </div>
                        <div class="item">
                            <div class="circle workDate">
                                <span>장기</span>
                            </div>
                            <div class="itemInfo">1년이상</div>
                        </div>
                        <div class="item">
                            <div class="circle">
                                <i class="icon workCalendar"></i>
                            </div>
                            <div class="itemInfo">주6일</div>
                        </div>
                        <div class="item">
                            <div class="circle">
                                <i class="icon workTime"></i>
                            </div>
                            <div class="itemInfo">12:00~22:00</div>
                        </div>
                        <div class="item">
                            <div class="circle workDate endLine">
                                <span>12/11</span>
                            </div>
                            <div class="itemInfo textEndInfo">마감 5일전</div>
                        </div>

            </div>
        </div>
    </div>

    <div class="conditionInfo verticalLine" style="-moz-box-sizing: border-box;">
        <div class="column column_620 infoBox">
            <div class="recruitCondition">
    <h2>모집조건</h2>
    <div class="viewTable">
        <table>
            <caption>모집조건 상세정보</caption>
            <colgroup>
                <col style="width: 80px;">
                <col>
            </colgroup>
            <thead></thead>
            <tbody>
                <tr>
                    <th>마감일</th>
                    <td>
                        <span class="letter_0 deadLine"><strong>2018.12.11</strong></span>
                            <span class="textEndInfo">(마감 5일전)</span>
                    </td>
                </tr>
                <tr>
                    <th>인원</th>
                    <td>
                        <span>1명</span>
                    </td>
                </tr>
                <tr>
                    <th>성별</th>
                    <td>
                        <span>무관</span>
                    </td>
                </tr>
                <tr>
                    <th>연령</th>
                    <td>
                        <span>무관</span>

                    </td>
                </tr>
                <tr>
                    <th>학력</th>
                    <td>
                        <span>무관</span>
                    </td>
                </tr>

            </tbody>
        </table>
    </div>
</div>
            <div class=" workCondition">
    <h2>근무조건</h2>
        <a href="#" class="minPay devBtnHelp devHidePrint" data-help-type="layerMinPay">최저시급 <span class="textPoint">7,530</span>원 &gt;</a>
        <div class="layer layerMinPay ">
            <div class="title">2018 최저임금</div>
            <div class="minimumPay">
                <span class="timePay">시급</span>
                <span class="pay textPoint">7,530</span>
                <span class="textPoint"><strong>원</strong></span>
            </div>
            <div class="layerDescription">
                <div class="tableSummary">* 주 5일근무 기준</div>
                <div class="table">
                    <table cellpadding="1" cellspacing="1" border="0" summary="2018년 최저임금 및 일급, 주급, 월급에 대한 시간별 급여. 주 5일 근무 기준.">
                        <caption>2018년 근무시간별 최저임금</caption>
                        <colgroup>
                            <col style="width: 54px">
                            <col style="width: 80px">
                            <col style="width: 108px">
                        </colgroup>
                        <thead></thead>
                        <tbody>
                            <tr>
                                <th scope="row">일급</th>
                                <td>8시간</td>
                                <td><strong>60,240원</strong></td>
                            </tr>
                            <tr>
                                <th scope="row">주급</th>
                                <td>40시간</td>
                                <td><strong>301,200원</strong></td>
                            </tr>
                            <tr>
                                <th scope="row">월급</th>
                                <td>209시간</td>
                                <td><strong>1,573,770원</strong></td>
                            </tr>
                        </tbody>
                    </table>
                </div>
                <div class="tableSummary bottom">
                    근로계약 기간이 1년 미만인 경우 수습기간 중에도 최저임금이 보장되어야 합니다. <a href="/service/interests/interests_lowpay.asp" class="textBlue" target="_blank">자세히보기</a>
                </div>
            </div>
            <a href="#" class="close devBtnCloseMinPay"><i class="icon closeLayer"></i></a>
        </div>
        <button class="button sm calc devPayCalculatorBtn devHidePrint"><i class="icon calc"></i>급여계산기</button>

    <div class="viewTable">
        <table>
            <caption>근무조건 상세정보</caption>
            <colgroup>
                <col style="width: 80px;">
                <col style="width: 400px;">
            </colgroup>
            <thead></thead>
            <tbody>
                    <tr>
                        <th>급여</th>
                        <td class="payInfo">
                            <div class="payInfoBox">
                                <span class="textPoint"><strong>월급</strong></span>
                                <span class="monthPay">1,800,000<span>원</span></span>
                                                                                                                                                                                            </div>
                                                    </td>
                    </tr>
                                    <tr>
                        <th>근무기간</th>
                        <td>
                            <a href="/list/gi/mon_duty_list.asp?sDutyTerm=48" class="dateInfo" target="_blank" title="근무기간별 리스트">
                                <span>1년이상</span>
                            </a>
                            
                                <span class="tag blue firstTag">협의가능</span>
                        </td>
                    </tr>
                    <tr>
                        <th>근무요일</th>
                        <td>
                            <a href="/list/gi/mon_duty_list.asp?sDutyTerm=0&sDutyWeek=60" target="_blank" title="근무요일별 리스트">
                                <span>주6일</span>
                            </a>
<span class="restTime ">(월, 화, 수, 목, 금, 일)</span>                                                    </td>
                    </tr>
                    <tr>
                        <th>근무시간</th>
                        <td>
                            <span class="letter_0">
                                12:00~22:00<span class="restTime">(휴게시간 60분)</span>
                            </span>
                        </td>
                    </tr>

                <tr>
                    <th>업직종</th>
                    <td>

                       
                        <a href="/list/gi/mon_part_list.asp?rpcd=1060" target="_blank">커피전문점</a>
                                            </td>
                </tr>
                <tr>
                    <th>고용형태</th>
                    <td>
                        <span>정규직</span>
                    </td>
                </tr>
                        <tr>
                            <th>복리후생</th>
                            <td>
                                <span>국민연금, 고용보험, 산재보험, 건강보험, 인센티브제</span>
                            </td>
                        </tr>

            </tbody>
        </table>
    </div>
</div>
        </div>


</body>
</html>