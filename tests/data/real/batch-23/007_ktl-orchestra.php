<!DOCTYPE html>
<?php include 'php/common_header.php' ?>
<link rel="stylesheet" href="css/employment.css">
<body>
<div class="wrap">
    <?php include 'php/common_header_menu.php' ?>
    <div class="banner_pop">
        <div class="container flex">
            <div></div>
            <MARQUEE><span>
                2022년 한국산업기술시험원 장애 문화·예술인 채용 오케스트라단원 부문 지원기간 : 2022.10.05(수)~10.20(목) 23:59까지
            </span></MARQUEE>
        </div>
    </div>
    <div class="employment_banner">
        <div class="banner_title flex-direction">
            <h3>
                2022년 기간제 장애 문화·예술인 채용공고
            </h3>
            <p>
                [ 오케스트라단원 부문 ]
            </p>
        </div>
    </div>
    <div style="margin-top: 1rem;">
        <div class="container">
            <div style="margin-bottom: 1rem;">
                <div style="height: 25rem; overflow: hidden">
                    <img src="../ktl/images/banner/image_main.jpg" alt=""
                         style="width: 100%; height: 100%; object-fit: cover">
                </div>
            </div>


            <div class="row">
                <div class="col" style="display: flex; justify-content: center; align-items: center">
                    <div style="font-weight: bold; font-size: 1.3rem">
                        2022년 한국산업기술시험원
                    </div>
                </div>
            </div>

            <div class="row">
                <div class="col" style="display: flex; justify-content: center; align-items: center">
                    <div style="font-size: 1.3rem; font-weight: bold; color: #0c84ff">기간제 장애 문화·예술인 제한경쟁</div>
                    <span style="font-size: 1.3rem; font-weight: bold">채용공고</span>
                </div>
            </div>
            <div class="row">
                <div class="col"
                     style="color: #0c84ff; font-size: 1.3rem; display: flex; align-items: center; justify-content: center ">
                    <div>
                        (오케스트라단원 부문)
                    </div>
                </div>
            </div>

            <div class="row" style="margin-top: 1rem;">
                <div class="col">
                    한국산업기술시험원은 지역사회에 문화·예술을 통해 소통할 수 있는 환경을
                    조성하고 장애인식 개선에 앞장서고자 장애인 오케스트라단을 창단하고자
                    합니다. 이에 유능한 인재를 모집하오니 많은 지원 부탁드립니다.
                </div>
            </div>

            <div class="row" style=" margin-top: 1rem;">
                <div class="col">
                    <div style="border: 1px solid black">
                        <div style="padding: 0.5rem">
                            <div>

                                ◇ 우리 KTL(한국산업기술시험원)은 「공기업·준정부기관의 경영에 관한 지침」제 15조에 의거, 공개경쟁
                                채용하는 것을 원칙으로 하고 있습니다. 공개채용 외의 사적인 채용 전형을 시행하고 있지 않으니
                                취업알선/소개 등과 같은 피해가 발생하지 않도록 주의하시기 바랍
                            </div>
                            <div>
                                ◇ 본 공고는 장애인 제한경쟁 채용으로 비장애인은 접수가 불가함을 알려드립니다
                            </div>
                        </div>
                    </div>
                </div>
            </div>

            <div class="row" style="margin-top: 1rem;">
                <div class="col" style="font-size: 1rem; font-weight: bold">
                    1. 채용
                </div>
            </div>
            <div class="row">
                <div class="col">
                    <i class="fa-thin fa-square-check"></i> 채용분야 및 인원 : 총 10명
                </div>
            </div>

            <div class="row">
                <div class="col">

                    <table class="table table-bordered">
                        <thead style="background: lightgrey">
                        <tr style="background: lightgrey">
                            <th scope="col">
                                채용
                            </th>
                            <th scope="col">야 고용</th>
                            <th scope="col">태 선발</th>
                            <th scope="col">야 모집</th>
                            <th scope="col">원 직무기</th>
                        </tr>
                        </thead>
                        <tbody>
                        <tr>
                            <th scope="row">
                                홍보 및 공
                            </th>
                            <td>팀 기</td>
                            <td>제 오케스트라</td>
                            <td>@원 1</td>
                            <td>명 별첨</td>
                        </tr>
                        </tbody>
                    </table>
                </div>
            </div>


            <div class="row" style="margin-top: 1rem;">
                <div class="col">
                    <i class="fa-thin fa-square-check"></i> 근무
                </div>
            </div>


            <div class="row">
                <div class="col">
                    <i class="fa-regular fa-circle" style="font-size: 0.7rem"></i>근무지역 : 한국산업기술시험원 진주본원 및 별도 지정한 훈련장소
                    * 연주회 진행 시 근무로
                </div>
            </div>

            <div class="row">
                <div class="col">
                    <i class="fa-regular fa-circle" style="font-size: 0.7rem"></i> ◦계약조건 : 기간제 근로자(정규직 전환 비대
                </div>
            </div>

            <div class="row">
                <div class="col">
                    <i class="fa-regular fa-circle" style="font-size: 0.7rem"></i> ◦계약기간 : 1년(최초 1년 계약 후, 성과평가 등을 통해 재계약
                    협
                </div>
            </div>

            <div class="row">
                <div class="col">
                    <i class="fa-regular fa-circle" style="font-size: 0.7rem"></i> ◦근무형태 : 주 3회 15시간 근무(요일 및 시간 추후지
                </div>
            </div>

            <div class="row">
                <div class="col">
                    <i class="fa-regular fa-circle" style="font-size: 0.7rem"></i> ◦근무내용 : 문화·예술 연주회 참여 및 그것을 활용한 회사홍보
                </div>
            </div>

            <div class="row">
                <div class="col">
                    <i class="fa-regular fa-circle" style="font-size: 0.7rem"></i> ◦근무내용 : 문화·예술 연주회 참여 및 그것을 활용한 회사홍보
                </div>
            </div>

            <div class="row">
                <div class="col">
                    <i class="fa-regular fa-circle" style="font-size: 0.7rem"></i> ◦기타사항 : 유연근무제, 지정장소 근무 시 별도 플랫폼을 통한
                    근태 확인, 장애로 인해 입사지원서 작성이 불가할 경우 대리인 작성
                    (단, 적정한 사유와 위임장 첨부 필
                </div>
            </div>

            <div class="row" style="margin-top: 1rem;">
                <div class="col" style="font-size: 1rem; font-weight: bold">
                    2. 응시자격
                </div>
            </div>


            <div class="row">
                <div class="col">
                    <table class="table table-bordered">
                        <thead style="background: lightgrey">
                        <tr>
                            <th scope="col">구분</th>
                            <th scope="col">내용</th>
                        </tr>
                        </thead>
                        <tbody>
                        <tr>
                            <th scope="row">지원자격</th>
                            <td>
                                <div>
                                    ◦ 장애인고용촉진 및 직업재활법시행령 제3조의 규정에 해당하는 장애인
                                </div>
                                <div>
                                    *장애 유형·등급 무관, 서류전형 합격 대상자 ‘장애인증명서’ 제출 필수
                                </div>
                                <div>
                                    ◦ 오케스트라단의 일원으로 악기 연주가 가능한 자(현악기, 관악기, 건반악기, 타악기 중)
                                </div>
                                <div>
                                    ◦ 직무기술서상 명시된 자격 요건을 충족하는 자
                                </div>
                                <div>
                                    ◦ 진주시에 있는 본원에 근무가 가능한 자(최소 월1~2회, 숙소 및 통근버스 미제공)
                                </div>
                                <div>
                                    ◦ 공고일 기준 만 18세 이상 만 60세 미만인 자
                                </div>
                                <div>
                                    ◦ 학력, 경력, 전공 제한 없음, 병역 제한없음
                                </div>
                                <div>
                                    *군복무 중인 경우 입사예정일까지 전역이 가능한 자
                                </div>
                                <div>
                                    ◦ 입사예정일로부터 근무 가능한 자(입사예정일 : ‘22.11.16(수)
                                </div>
                                <div>
                                    ◦ 시험원 인사규정에 의한 채용 결격사유가 없는 자
                                </div>
                                <div>
                                    *병역 미필자도 지원 가능하며, 군 복무 중인 자를 포함한 모든 지원자는 전형절차에응시 가능한 경우에만 지원 가능
                                </div>
                                <div>
                                    ◦ 부정한 방법으로 채용된 사실이 적발되어 채용이 취소되지 않은 자
                                </div>
                            </td>
                        </tr>

                        <tr>
                            <th>
                                결격사유
                            </th>
                            <td>
                                <div>
                                    <div>
                                        ◦ 입사제출서류에 허위사실이 발견된 자
                                    </div>
                                    <div>
                                        ◦ 「국가공무원법」 제33조 제2호 내지 제8호에 해당하는 자
                                    </div>
                                    <div>
                                        ◦ 병역법 제76조 제1항의 규정에 의한 병역의무를 불이행한 자
                                    </div>
                                    <div>
                                        ◦ 공공기관 및 기업체 등에서 부정한 방법으로 채용된 사실이 적발되어 채용이 취소된 자◦ 「부패방지 및 국민권익위원회의 설치와 운영에 관한
                                        법률」 제82조에 따른 비위면직자
                                        등의 취업제한 적용을 받는 자
                                    </div>
                                </div>
                            </td>
                        </tr>
                        </tbody>
                    </table>
                </div>
            </div>


            <div class="row" style="margin-top: 1rem;">
                <div class="col" style="font-size: 1rem; font-weight: bold">
                    3. 우대사항
                </div>
            </div>


            <div class="row" style="margin-top: 1rem;">
                <div class="col">

                    <table class="table table-bordered">
                        <thead style="background: lightgrey">
                        <tr>
                            <th scope="col">구분</th>
                            <th scope="col">우대대상</th>
                            <th scope="col">적용전형</th>
                            <th scope="col">우대사항
                                (만점기준)
                            </th>
                            <th scope="col">부여기준</th>
                        </tr>
                        </thead>
                        <tbody>
                        <tr>
                            <th scope="row">필수</th>
                            <td>장애인</td>
                            <td>0</td>
                            <td>@5% 또는
                                10% 가점
                            </td>
                            <td>@- 「장애인고용법 시행령」 제3조 해당자
                                (경증) 5%, 제4조 해당자(중증) 10%
                            </td>
                        </tr>
                        <tr>
                            <th scope="row">우대
                                (가점)
                                사항
                            </th>
                            <td>
                                <div style="display: flex;  flex-direction: column; ">
                                    <div style="border-bottom: 1px solid black">
                                        국가보훈대상자
                                    </div>
                                    <div style="border-bottom: 1px solid black">
                                        저소득층
                                    </div>
                                    <div style="border-bottom: 1px solid black">
                                        북한이탈주민
                                    </div>
                                    <div style="border-bottom: 1px solid black">
                                        다문화가족 자녀
                                    </div>
                                </div>
                            </td>


                            <td>
                                <div style="display: flex;  flex-direction: column; ">
                                    <div style="border-bottom: 1px solid black;">
                                        0
                                    </div>
                                    <div style="border-bottom: 1px solid black">
                                        0
                                    </div>
                                    <div style="border-bottom: 1px solid black">
                                        0
                                    </div>
                                    <div style="border-bottom: 1px solid black">
                                        0
                                    </div>
                                </div>
                            </td>


                            <td>
                                <div style="display: flex;  flex-direction: column; ">
                                    <div style="border-bottom: 1px solid black;">
                                        0
                                    </div>
                                    <div style="border-bottom: 1px solid black">
                                        0
                                    </div>
                                    <div style="border-bottom: 1px solid black">
                                        해당
                                        없음
                                    </div>
                                </div>
                            </td>


                            <td>
                                <div style="display: flex;  flex-direction: column; ">
                                    <div style="border-bottom: 1px solid black;">
                                        - 「장애인고용법 시행령」 제3조 해당자
                                        (경증) 5%, 제4조 해당자(중증) 10%
                                    </div>
                                    <div style="border-bottom: 1px solid black">
                                        - 관계법령에 의거하여 적용
                                        - 가점이 높은 한 가지만 부여
                                    </div>
                                    <div style="border-bottom: 1px solid black">
                                        - 「국민기초생활보장법」에 의한 국민기초
                                        생활수급자(주민등록상 세대원 포함)
                                    </div>
                                    <div style="border-bottom: 1px solid black">
                                        - 「북한이탈주민의 보호 및 정착지원에
                                        관한 법률」에 의한
                                    </div>
                                    <div style="border-bottom: 1px solid black">
                                        - 「다문화가족지원법」 제2조에 의한
                                        다문화가족의 자녀
                                    </div>
                                </div>
                            </td>

                        </tr>
                        </tbody>
                    </table>


                </div>
            </div>

            <div class="row" style="color: #0a0e14; font-weight: bold">
                <div class="col">
                    * 다른 구분(필수, 우대사항)의 가점은 각각 인정하되 우대사항은 가장 유리한 1개만 인정
                </div>
            </div>
            <div class="row" style="color: #0a0e14; font-weight: bold">
                <div class="col">
                    * 가점은 초과 여부와 상관없이 최대 15%까지만 인정
                </div>
            </div>
            <div class="row" style="color: #0a0e14; font-weight: bold">
                <div class="col">
                    * 다른 구분(필수, 우대사항)의 가점은 각각 인정하되 우대사항은 가장 유리한
                </div>
            </div>
            <div class="row">
                <div class="col">
                    * 상기 우대사항은 채용 예정일(‘22.11.16.) 및 지원서 접수 마감일(’22.10.20.) 기준 모두유효한 것만 인정하며, 추후 증빙서류 제출을 통해 진위확인 될
                </div>
            </div>


            <div class="row" style="font-weight: bold; font-size: 1rem; margin-top: 1rem">
                <div class="col">
                    4. 채용
                </div>
            </div>


            <div class="row">
                <div class="col">
                    <i class="fa-thin fa-square"></i> 채용일정
                </div>
            </div>

            <div class="row" style="justify-content: space-between">
                <div class="col-2">
                    <div style="background: lightgrey; display: flex; justify-content: center; align-items: center">
                        <div style="padding: 1.5rem">

                            공고 및 접
                        </div>
                    </div>
                </div>
                <i class="fa-solid fa-arrow-right"
                   style="display: flex; justify-content: center; align-items: center"></i>

                <div class="col-2">
                    <div style="background: lightgrey; display: flex; justify-content: center; align-items: center">
                        <div style="padding: 1.5rem">

                            (1차)
                            서류전형
                        </div>
                    </div>
                </div>
                <i class="fa-solid fa-arrow-right"
                   style="display: flex; justify-content: center; align-items: center"></i>

                <div class="col-2">
                    <div style="background: lightgrey; display: flex; justify-content: center; align-items: center">
                        <div style="padding: 1.5rem">

                            (2차)
                            면접전형
                        </div>
                    </div>
                </div>
                <i class="fa-solid fa-arrow-right"
                   style="display: flex; justify-content: center; align-items: center"></i>

                <div class="col-2">
                    <div style="background: lightgrey; display: flex; justify-content: center; align-items: center">
                        <div style="padding: 1.5rem">
                            최종합
                        </div>
                    </div>
                </div>

            </div>


            <div class="row" style="margin-top: 1rem;">
                <div class="col">
                    <table class="table table-bordered">
                        <thead>
                        <tr>
                            <th scope="col">
                                순
                            </th>
                            <th scope="col"> 내</th>
                            <th scope="col"> 일</th>
                            <th scope="col"> 비</th>
                        </tr>
                        </thead>
                        <tbody>
                        <tr>
                            <th scope="row">1</th>
                            <td> 채용공고 게</td>
                            <td> 2022. 10. 05(수</td>
                            <td>@ 2022. 10. 05(수</td>
                        </tr>
                        <tr>
                            <th scope="row">2</th>
                            <td>2 입사지원서 접</td>
                            <td> 2022. 10. 05(수) ~ 2022. 10. 20(목</td>
                            <td>@ 16일</td>
                        </tr>
                        <tr>
                            <th scope="row">3</th>
                            <td> 합격자 발표
                                (1차 서류전형)
                            </td>
                            <td>@
                                2022. 10. 26(수
                            </td>
                        </tr>

                        <tr>
                            <th scope="row">4</th>
                            <td> 가점 등 증빙서류 등록기</td>
                            <td> 2022.10.27(목) ~ 2022.11.02(수</td>
                            <td style="color: red"> 7일</td>
                        </tr>


                        <tr>
                            <th scope="row">5</th>
                            <td> 2차 면접전형(실기포함</td>
                            <td style="color: red"> 2022. 11. 07(월) ~ 2022. 11. 08(화</td>
                            <td style="color: red"> 2일</td>
                        </tr>


                        <tr>
                            <th scope="row">6</th>
                            <td> 합격자 발표
                                (2차 면접전형
                            </td>
                            <td style="color: red">
                                2022. 11. 14(월
                            </td>
                            <td>
                                면접전형 합격자
                                대상 결격사유 및
                                적정성 검토 후 공
                            </td>
                        </tr>


                        <tr>
                            <th scope="row">7</th>
                            <td> 입사일
                                (근무시작일
                            </td>
                            <td style="color: red">

                                2022. 11. 17(목
                            </td>
                            <td>
                                면접전형 합격자
                                대상 결격사유 및
                                적정성 검토 후 공
                            </td>
                        </tr>
                        </tbody>
                    </table>


                </div>
            </div>


            <div class="row" style="margin-top: 2rem; margin-bottom: 3rem;">
                <div class="col">
                    <div>
                        * 상기 일정은 변경될 수 있으며, 세부 사항은 추후 채용홈페이지에 공지
                    </div>
                    <div>
                        * 전형단계별 합격자 확인은 채용홈페이지에서 확인 가능
                    </div>
                    <div>
                        * 증빙서류는 사실 여부 확인만을 위해 활용될 예정이며, 심사위원 등에게는 해당 정보 미제
                    </div>
                    <div>
                        * 각 평균점수 “80점 이상(가점포함)” 획득자 중 고득점 순 해당전형 합격자로 선발
                    </div>
                    <div>
                        * 코로나 관련 상황과 정부 지침 등에 따라 전형 일정 및 방법이 변경될 수 있으며, 변경사
                    </div>
                    <div>
                        발생 시 전형 대상자 별도 안내
                        * 합격자 발표 이후 개인 사정에 따른 입사일 조정 가
                    </div>
                </div>
            </div>


            <div class="row">
                <div class="col">
                    <i class="fa-regular fa-square"></i> 선발기
                </div>
            </div>


            <div class="row" style="margin-bottom: 2rem;">
                <div class="col">
                    <table class="table table-bordered">
                        <thead style="background: lightgrey">
                        <tr>
                            <th scope="col">구분</th>
                            <th scope="col">내용</th>
                        </tr>
                        </thead>
                        <tbody>
                        <tr>
                            <th scope="row">1차
                                서류전형
                            </th>
                            <td>
                                <div>
                                    ◦ (평가방법) 적부심사 및 평가위원별 독자적 판단에 의한 항목별 평정
                                </div>
                                <div>
                                    ◦ (평가표)
                                    구분 내용 비고
                                </div>
                                <div>
                                    형식심사 서류 및 자격요건 적격여부 심사 불성실 작성 검토
                                    내용심사 활동분야지식 30% + 활동경험 40% +
                                </div>
                                <div>
                                    활동태도 30% = 총점 100점 평가 평가위원 평균점수 산정
                                </div>
                                <div>
                                    ◦ (선발방법) 서류전형 취득 평균점수 80점 이상자 중(가점포함) 고득점자 순
                                </div>
                                <div>
                                    ◦ (선발배수) 채용예정인원의 5배수
                                </div>
                                <div>
                                    ◦ (동점자 처리기준) 동점자 전원 합
                                </div>
                            </td>
                        </tr>


                        <tr>
                            <th scope="row">1차
                                서류전형
                            </th>
                            <td>
                                <div>
                                    ◦ (평가방법) 적부심사 및 평가위원별 독자적 판단에 의한 항목별 평정
                                </div>
                                <div>
                                    ◦ (평가표)
                                    구분 내용 비고
                                </div>
                                <div>
                                    형식심사 서류 및 자격요건 적격여부 심사 불성실 작성 검토
                                    내용심사 활동분야지식 30% + 활동경험 40% +
                                </div>
                                <div>
                                    활동태도 30% = 총점 100점 평가 평가위원 평균점수 산정
                                </div>
                                <div>
                                    ◦ (선발방법) 서류전형 취득 평균점수 80점 이상자 중(가점포함) 고득점자 순
                                </div>
                                <div>
                                    ◦ (선발배수) 채용예정인원의 5배수
                                </div>
                                <div>
                                    ◦ (동점자 처리기준) 동점자 전원 합
                                </div>
                            </td>
                        </tr>

                        <tr>
                            <th scope="row">
                                신체검사
                            </th>
                            <td>
                                ◦ (신체검사) 대상자 별도 안내
                                *신체검사 비용은 한국산업기술시험원에서 부담
                            </td>
                        </tr>
                        </tbody>
                    </table>
                </div>
            </div>


            <div class="row">
                <div class="col">
                    <div>
                        * 전형별 시간과 장소 등 세부내용은 전형단계별 합격자 별도 안내
                    </div>
                    <div>
                        * 채용일정을 고려하여 기재사항 및 증빙자료 검토, 신체검사확인서 제출 전 입사할 수 있으며,
                        향후 결격사유 발견 시 채용취소에 대한 서약서 징
                    </div>
                </div>
            </div>


            <div class="row">
                <div class="col">
                    <table class="table table-bordered">
                        <thead style="background: lightgrey">
                        <tr>
                            <th scope="col">구분</th>
                            <th scope="col">해당사항</th>
                        </tr>
                        </thead>
                        <tbody>
                        <tr>
                            <th scope="row">대리인 작성 후
                                동의서 미제출
                            </th>
                            <td> 대리인 작성이 확인되었으나 대리인 동의서를 제출하지 않은 경우</td>

                        </tr>

                        <tr>
                            <th scope="row">기재항목 누락
                            </th>
                            <td>
                                <div>
                                    ◦ 지원서 필수 작성항목 미작성 또는 적합하지 않은 문구 작성
                                </div>
                                <div>
                                    ◦ 자기소개서 최저분량 미충
                                </div>
                            </td>

                        </tr>

                        <tr>
                            <th scope="row">내용 부적절</th>
                            <td>
                                <div>
                                    ◦ 의미 없는 문자·숫자·문장 등을 나열
                                </div>
                                <div>
                                    ◦ 문항을 그대로 복사, 복수 문항에 동일답변 반복
                                </div>
                                <div>
                                    ◦ 질문과 무관한 답변을 기입
                                </div>
                                <div>
                                    ◦ 회사명 오기(타기업 지원 자기소개서 등
                                </div>
                            </td>

                        </tr>
                        </tbody>
                    </table>
                </div>
            </div>

            <div class="row" style="font-weight: bold; color: black">
                <div class="col">
                    5. 지원서
                </div>
            </div>

            <div class="row">
                <div class="col">
                    <div>
                        <i class="fa-regular fa-square"></i> 접수기간 : 2022. 10. 05.(수) ~ 2022. 10. 20.(목) 23:59까지(15일간)
                    </div>
                    <div>
                        <i class="fa-regular fa-square"></i> 접수방법 : 채용사이트 <span style="color: blue">
                            (www.ktl-recruit.ableup.kr)
                        </span> 를 통해 접수
                        * 우편, E-mail, FAX 등을 통한 )
                    </div>
                    <div>
                        <i class="fa-regular fa-square"></i> 문 의 : 채용사이트 FAQ, Q&A를 활용한 문의 접
                    </div>
                </div>
            </div>

            <div class="row" style="margin-top: 1rem;">
                <div class="col">
                    <div>
                        ※ 입사지원 마감 시간이 임박한 경우 다수 지원자 동시접속으로 시스템이 불안정할 수 있으며
                    </div>
                    <div>
                        어떠한 경우에도 접수 기간은 연장하지 않으니, 시간적 여유를 두고 사전접수 요망
                    </div>
                    <div>
                        ※ 최종제출을 완료하여야 입사 지원한 것으로 인정
                    </div>
                    <div>
                        ※ 최종제출 후 지원서 수정이 불가능하므로 반드시 내용 확인 후 제출
                    </div>
                    <div>
                        ※ 접수기간에는 지원서 저장 및 수정 가능
                    </div>
                    <div>
                        ※ 누락, 기재착오 등으로 발생된 불이익에 대한 책임은 지원자에게 있음
                    </div>
                    <div>
                        ※ 지원자 기재사항은 입사지원서 마감일 기준 유효한 것에 한하여 인정
                    </div>
                    <div>
                        ※ 자기소개서 작성 시 직·간접적으로 출신학교, 출신지역, 가족관계 등이 드러나지 않도록 유의
                    </div>
                </div>
            </div>


            <div class="row" style="font-weight: bold; color: black">
                <div class="col">
                    6. 제출서류
                </div>
            </div>

            <div class="row" style="margin-bottom: 1rem;">
                <div class="col">
                    <table class="table table-bordered">
                        <thead style="background: lightgrey">
                        <tr>
                            <th scope="col">전형단계</th>
                            <th scope="col">제출서</th>
                        </tr>
                        </thead>
                        <tbody>
                        <tr>
                            <th scope="row">1차
                                서류전형 지원서 제출
                            </th>
                            <td style="color: black; font-weight: bold">
                                <div>
                                    ◦ 입사지원서, 자기소개서 1부(채용사이트 작성 및 제출)
                                </div>
                                <div>
                                    ◦ 개인정보 수집·이용에 대한 동의서 1부
                                </div>
                                <div>
                                    ◦ 대리인 작성 동의서(위임장) 1부(해당자에 한함)
                                </div>
                            </td>
                        </tr>


                        <tr>
                            <th scope="row">가점 등 증빙서류
                                (2차 면접전형 전 제출)
                            </th>
                            <td style="color: black; font-weight: bold">
                                <div>
                                    <div>
                                        ◦ 장애인증명서 1부
                                    </div>
                                    <div>
                                        ◦ 취업지원대상자 증명서 1부(해당자에 한함)
                                    </div>
                                    <div>
                                        ◦ 기초생활수급자 증명서 1부(해당자에 한함)
                                    </div>
                                    <div>
                                        ◦ (다문화가정)가족관계증명서 1부(해당자에 한함)
                                    </div>
                                    <div>
                                        ◦ 북한이탈주민등록확인서 1부(해당자에 한함)
                                    </div>
                                    <div>
                                        ◦ 자격증 사본 1부(해당자에 한함)
                                    </div>
                                    <div>
                                        ◦ 경력증명서 1부(응시원서에 기재한 경력 사항)
                                    </div>
                                    <div>
                                        ◦ 건강보험자격득실확인서 1부(경력증명 시 택일)
                                    </div>
                                    <div>
                                        ◦ 고용보험피보험자격이력내역서(경력증명 시 택일)
                                    </div>
                                    <div>
                                        ◦ 병적증명서/초본(병역사항)/군경력증명서(해당자에 한함)
                                    </div>
                                </div>
                            </td>
                        </tr>

                        <tr>
                            <th>
                                2차 면접전형
                            </th>
                            <td>
                                <div>
                                    ◦ 수험표 1부(출력 후 면접 당일 제출)
                                </div>
                                <div>
                                    ◦ 신원을 확인할 수 있는 신분증 1부(주민등록증·운전면허증·여권 한정)
                                </div>
                            </td>
                        </tr>

                        <tr>
                            <th>
                                합격 시
                            </th>
                            <td>
                                <div>
                                    ◦ 구비서류 별도 안내

                                </div>
                            </td>
                        </tr>
                        </tbody>
                    </table>
                </div>
            </div>


            <div class="row" style="margin-bottom: 1rem;">
                <div class="col">
                    <div>
                        * 입사지원서, 자기소개서 및 정보제공 동의서는 시험원 채용사이트 <span
                                style="color: blue">(www.ktl-recruit.ableup.kr)</span>
                    </div>
                    <div>
                        지원서 작성 시 해당 항목에서 작성한 것만을 인정
                    </div>
                    <div>
                        * 명시된 서류는 모두 제출해야 하며 온라인으로 제출한 응시 서류는 반환 대상이 아님
                    </div>
                    <div style="color: black; font-weight: bold">
                        * 모든 제출서류는 공고일 기준 3개월 이내 발행분에 한함
                    </div>
                    <div>
                        * 모든 제출서류는 주민등록번호 뒷자리 미표기(블라인드 처리)로 발급받아 제출
                    </div>
                    <div>
                        * 장애인, 취업대상자 등의 증명서는 [정부24] 인터넷 발급 서류로 제출
                    </div>
                    <div>
                        * 가점 등 증빙서류는 정해진 기간 內 채용사이트에 등록. 단, 정해진 기간 內 미등록 시 결격
                        처리하여, 2차 면접전형 응시가 불가함
                    </div>
                    <div>
                        * 우리 원은 「공공기관 블라인드 채용 가이드라인」을 준수하여 편견요인에 대한 개인정보는
                        평가위원에게 제공되지 않음
                    </div>
                    <div>
                        * 최종합격 이후에도 자격검증 및 사실 확인을 통해 지원서 허위 작성 또는 증빙 위변조 등
                        채용비리가 발견된 경우 불합격 처리하며 입사 이후라도 면직처리 될
                    </div>
                </div>
            </div>


            <div class="row" style="font-weight: bold; color: #0a0e14">
                <div class="col">
                    7. 이의신
                </div>
            </div>


            <div class="row">
                <div class="col">
                    <div>
                        <i class="fa-regular fa-square"></i> 접수기간 : 최종합격자 발표일로부터 15일
                    </div>
                    <div>
                        <i class="fa-regular fa-square"></i> 접수방법 : 채용사이트 <span style="color: black">(www.ktl-recruit.ableup.kr)</span> 를 통해 접
                    </div>
                    <div>
                        <i class="fa-regular fa-square"></i> 이의신청 처리 예외사유가 아닌 경우에 한해 내용 검토 및 답
                    </div>
                </div>
            </div>


            <div class="row">
                <div class="col">
                    <div>
                        ※ 금번 채용전형과 무관하거나 이의제기와 상관없는 채용제도, 절차 등에 대한 문의사항
                    </div>
                    <div>
                        ※ 시험의 적정한 실시 및 공정한 업무수행에 현저한 지장을 초래한 경우
                    </div>
                    <div>
                        ※ 타인의 합격 사실에 대한 이의신청 또는 정보 요구 등 타 법령에 저촉될 경우
                    </div>
                     <div>
                         ※ 응시자 및 면접관 개인정보, 채용대행기관 영업정보 등 요구 또는 지적재산권 위배사항
                     </div>
                       <div>
                           ※ 기타 상기 사유에 준하는 사
                       </div>
                </div>
            </div>


            <div class="row" style="font-weight: bold; color: #0a0e14">
                <div class="col">
                    8. 유의사
                </div>
            </div>

            <div class="row" style="border: 1px solid black">
                <div class="col">
                    ◦ 응시원서 작성 시 첨부된 직무기술서 및 응시원서 작성방법을 반드시 확인
                    ◦ 본 채용 계획은 사정에 따라 변경될 수 있으며, 변경 시에는 채용홈페이지에 공고 및 개별통보
                    ◦ 면접전형 시 응시자는 본인의 장애 유형에 맞는 편의지원을 신청할 수 있으며, 편의제공 항목은
                    채용 홈페이지(공지사항)를 참고
                    ◦ 최종합격자의 입사 포기, 계약 취소 시 예비순위자를 합격자로 할 수 있음
                    ◦ 최종합격자가 임용을 포기할 때는 임용 포기서를 작성하여 제출해야 함
                    ◦ 최종합격자가 선발예정인원수와 같거나 미달하더라도 적격자가 없는 경우 선발하지 않을 수 있음
                    ◦ 최종합격자는 재학·재직 여부와 관계없이 즉시 정상 출근 및 계속하여 근무가 가능하여야 함
                    (학교수업, 시험응시 등과 같은 별도 휴가 제공 없음)
                    ◦ 중복 및 유사한 질문이 많은 관계로 반드시 채용공고를 숙지하시고 문의사항은 채용홈페이지
                    (FAQ,Q&A)를 참고
                    ◦ 채용관련 부정합격자가 발생할 경우 채용비리 피해자 구제 규정에 의거 구제받을 수 있음
                    ◦ 우리 원은 채용 관련 어떠한 인사청탁도 받지 않으며, 인사청탁 시 지원자에게 불이익이 돌아감
                    ◦ 지원내용이 사실과 다르거나 증빙서 위조 등 부정행위자는 불합격 처리하고, 향후 입사 지원이
                    제한될 수 있음
                    ◦ 「채용절차의 공정화에 관한 법률」에 의거하여 채용을 위하여 제출한 서류를 최종합격자 발표일
                    로부터 60일 內 반환 받을 수 있음. 이와 관련하여, 채용서류 반환 청구를 하려는 지원자는 최종
                    합격일로부터 60일 內 채용 서류 반환청구서(동법 시행규칙 별지 제3호서식)를 작성하여 인사담당
                    자 이메일(ikarus810@ktl.re.kr)로 제출하면, 제출이 확인된 날로부터 14일 이내에 지정한 주소지
                    로 등기우편을 통하여 발송함. 단, 동법에 의거 전산제출서류는 반환 대상서류에서 제외
                    ㅇ 우리 원에서는 지원자의 반환 청구에 대비하여 최종합격자 발표일로부터 60일 까지 채용 서류를
                    보관하게 되며, 그때까지 채용서류의 반환을 청구하지 아니할 경우에는 개인정보 보호법에 따라
                    지체 없이 채용서류를 파기할 예정이오니 유념하기 바람
                    ◦ 본 요강에 명시하지 않은 사항은 본 원의 인사관리규정, 직원채용규칙 및 직원 채용계획
                </div>
            </div>


            <div class="row" style="border: 1px solid black; margin-top: 1rem;">
                <div class="col">
                    <div style="display: flex; justify-content: center; align-items: center">
                       <div style="color: black; font-weight: bold">
                           <코로나19 관련 응시자 유의사항 및 협조사항>
                       </div>
                    </div>



                    <div>
                        □ 코로나-19 대비하여 면접전형 시 감염병 예방절차 시행 예정
                        ◦ 면접장 입구 : ①발열체크, ②손소독, ③마스크 착용 확인 후 입실
                        ◦ 응시자 본인 확인을 위해 채용진행자의 요청이 있는 경우 마스크를 벗고 진행
                        □ 다음의 대상자는 면접장소 출입 및 응시가 제한될 수 있음
                        ◦ 최근 14일 이내 해외를 방문한 사실이 있는 자
                        ◦ 환자 및 감염병 의심자 등 격리대상자
                        ◦ 현재 입원치료통지서(또는 자가격리통지서)를 받아 격리중인 자
                        □ 발열(면접장 입실 전 발열 검사 시 37.5℃ 이상일 경우) 또는 호흡기 증상(기침, 호흡곤란 등)이
                        있는 자는 응시가 제한될 수 있음
                        □ 코로나 19 확진자 및 격리대상자는 ｢감염병의 예방 및 관리에 관한 법률｣에 근거하여 방역당국의
                        입원 또는 격리 지침 등을 위반하지 않도록 유의
                        □ 감염병 위기경보 단계 변동, 예방수칙 강화 등 대·내외 상황변화에 따라 채용일정, 채용방식 등은
                        변경될 수 있
                    </div>
                </div>
            </div>

        </div>
    </div>
    <?php include 'php/common_footer.php' ?>
</div>
<?php include 'php/common_script.php' ?>
</body>
</html>
