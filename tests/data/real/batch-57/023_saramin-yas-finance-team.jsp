<%@ page language="java" contentType="text/html; charset=UTF-8"
    pageEncoding="UTF-8" %>
<html>
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <!-- 필요한 head 요소들… -->
  </head>
  <body>
    <div id="sri_section" class="board_view_wrap">
      <div class="inner">
	      <div id="sri_wrap" >
	        <div id="content">
	
	          <div class="wrap_jview">
	            <section class="jview jview-0-51076217">
	              <a class="placeholder" tabindex="-1"></a>
	              <div class="wrap_jv_cont">
	                <input
	                  type="hidden"
	                  name="track_url_0"
	                  value="t_category=relay_view&amp;t_content=relay_view_public-recruit&amp;t_ref=public-recruit&amp;t_ref_content=generic&amp;t_ref_scnid=&amp;dpId="
	                  class="track_url"
	                  data-view_type="public-recruit"
	                  id="track_url_0"
	                />
	                <input
	                  type="hidden"
	                  name="logging_url_51076217"
	                  value=""
	                  class="logging-url"
	                  id="logging_url_51076217"
	                />
	                <div class="wrap_jv_header">
	                  <a class="placeholder" tabindex="-1"></a>
	                  <div
	                    class="jv_header"
	                    data-rec_idx="51076217"
	                    data-rec_seq="0"
	                  >
	                    <div class="title_inner">
	                      <a
	                        href="/zf_user/company-info/view?csn=SGRxV0JuK3lMN2d0cThjY0doUjYzQT09&amp;popup_yn=y"
	                        title="(주)야스"
	                        class="company"
	                        target="_blank"
	                        onclick="window.open(this.href, ''); return false;"
	                        onmousedown="try{n_trackEvent('relay_view', 'title', 'company', '');}catch(e){}"
	                      >
	                        (주)야스
	                      </a>
	                      <button
	                        type="button"
	                        csn="SGRxV0JuK3lMN2d0cThjY0doUjYzQT09"
	                        title="관심기업 등록"
	                        del_fl="n"
	                        aria-pressed="false"
	                        class="btn_jview spr_jview btn_interest"
	                        onclick="try{Saramin.btnJob('favor', this, '', 'list');}catch(e){}"
	                        onmousedown="try {n_trackEvent('relay_view', 'title', 'favor', '');}catch(e){}"
	                        first_nudge="off"
	                      >
	                        <svg
	                          width="16"
	                          height="16"
	                          viewBox="0 0 16 16"
	                          fill="none"
	                          class="icon_interested"
	                        >
	                          <path
	                            d="M6.02498 12.7861L5.64593 12.4305L5.26661 12.0676L4.9045 11.7145L4.57727 11.3886L4.30315 11.1078L4.09798 10.8878L3.60986 10.3434L3.3016 9.99345L3.02797 9.67542L2.79004 9.38984L2.58897 9.13749L2.42437 8.91736L2.35722 8.8214C2.09522 8.43618 1.89245 8.04622 1.73708 7.6185C1.41094 6.38491 1.4304 5.39882 1.73942 4.62739C2.06107 3.82442 2.56896 3.24401 3.25465 2.87112C3.97841 2.47923 4.74412 2.39639 5.56989 2.63105C6.18765 2.82443 6.71818 3.1964 7.16412 3.7682L7.29598 3.94787L7.58589 4.37863L8.00062 4.99485L8.41545 4.3787L8.71259 3.93737C9.13803 3.32866 9.65597 2.91815 10.2666 2.68825L10.4462 2.62682C11.2606 2.39707 12.0242 2.47999 12.7465 2.87106C13.4323 3.24395 13.9403 3.82439 14.262 4.62745C14.5705 5.39767 14.5909 6.3831 14.2537 7.6522C14.1088 8.04661 13.9058 8.43727 13.6424 8.82404C13.6227 8.85295 13.6015 8.88333 13.5787 8.9152L13.4124 9.13756L13.2113 9.38998L12.9737 9.67507L12.549 10.1656L12.1189 10.6483L12.1177 10.6497L11.8097 10.99L11.569 11.2414L11.2664 11.5467L10.7343 12.0681L10.3555 12.4306L9.97658 12.786L9.61564 13.1169L9.28863 13.4077C9.1893 13.4942 9.09986 13.57 9.0226 13.6331C9.02237 13.6333 9.02214 13.6335 9.02192 13.6336L8.00223 14.461L7.999 14.4634L6.85007 13.5257C6.76132 13.4504 6.66238 13.3642 6.55569 13.2693L6.20886 12.9558C6.20844 12.9554 6.20801 12.955 6.20759 12.9546C6.148 12.9 6.08733 12.844 6.02592 12.787C6.02561 12.7867 6.0253 12.7864 6.02498 12.7861Z"
	                            fill="white"
	                            stroke="#8491A7"
	                          />
	                        </svg>
	                        <span>관심기업</span>
	                      </button>
	                      <a
	                        href="/zf_user/company-info/view-inner-recruit?csn=SGRxV0JuK3lMN2d0cThjY0doUjYzQT09"
	                        class="btn_jview btn_careers"
	                        target="_blank"
	                        onclick="window.open(this.href, ''); return false;"
	                        onmousedown="try{n_trackEvent('relay_view', 'title', 'company', 'recruit-list');}catch(e){}"
	                      >
	                        <span>채용중 <span class="num">2</span></span>
	                      </a>
	                    </div>
	                    <h1 class="tit_job">
	                      (주)야스 경영관리센터 재무팀 경력 및 신입사원 채용
	                    </h1>
	                    <button
	                      type="button"
	                      class="btn_scrap scrap-51076217"
	                      onclick="Saramin.btnJob('scrap', this, '', 'list');"
	                      scraped="n"
	                      rec_idx="51076217"
	                      aria-label="스크랩 14건"
	                      aria-pressed="false"
	                    >
	                      <span class="txt_scrap">14</span>
	                    </button>
	                    <div class="btn_apply">
	                      <span class="dday">D-41</span>
	                      <button
	                        class="sri_btn_lg for_btn_event"
	                        title="홈페이지 지원"
	                        onclick="try{Saramin.btnJob('homepage', this, '', '');} catch(e) {}"
	                        data-track_event="t_category=relay_view&amp;t_content=relay_view_public-recruit&amp;t_ref=public-recruit&amp;t_ref_content=generic&amp;t_ref_scnid=&amp;dpId=&amp;trainingStudentCode=&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=relay_view_apply_0&amp;inner_term=public-recruit&amp;referNonce="
	                        data-rec_idx="51076217"
	                        data-href="/zf_user/track-apply-form/render-homepage?rec_idx=51076217"
	                        onmousedown="try{n_trackEvent('homepage_apply', 'view', '51076217')}catch(e){} try{dataLayer.push({'event' : 'ga_lead', 'category': 'relay_view','event-flow': 'summary','event-label': 'homepage'})}catch(e){}"
	                      >
	                        <span class="sri_btn_homepage_apply">홈페이지 지원</span>
	                      </button>
	                    </div>
	                  </div>
	                </div>
	                <div class="jv_cont jv_summary">
	                  <h2 class="jv_title blind">핵심 정보</h2>
	                  <div class="cont">
	                    <div class="col">
	                      <dl>
	                        <dt>경력</dt>
	                        <dd><strong>신입·경력 1~10년</strong></dd>
	                      </dl>
	                      <dl>
	                        <dt>학력</dt>
	                        <dd><strong>대졸(4년제) 이상</strong></dd>
	                      </dl>
	                      <dl>
	                        <dt>근무형태</dt>
	                        <dd>
	                          <strong>정규직</strong> 수습기간 3개월
	                        </dd>
	                      </dl>
	                      <dl>
	                        <dt>우대사항</dt>
	                        <dd class="preferred">
	                          <div class="toolTipWrap">
	                            <button
	                              type="button"
	                              class="spr_jview btn_jview btn_tooltip"
	                              aria-haspopup="dialog"
	                              aria-expanded="false"
	                            >
	                              <span class="blind">우대사항</span>
	                              <span>상세보기</span>
	                              <svg aria-hidden="true" focusable="false" class="ic"><use xlink:href="#icon_i"></use></svg>
	                            </button>
	                            <div
	                              class="toolTip"
	                              role="dialog"
	                              aria-label="필수사항 상세"
	                              aria-describedby="details-preferred-51076217"
	                            >
	                              <span class="tail tail_top_left"></span>
	                              <div
	                                id="details-preferred-51076217"
	                                class="toolTipCont txtLeft"
	                              >
	                                <ul class="toolTipTxt">
	                                  <li><span>전공</span>회계학</li>
	                                  <li><span>자격증</span>전산회계1급 (국가공인), 전산회계2급 (국가공인)</li>
	                                  <li><span>자격/능력</span>컴퓨터활용능력 우수</li>
	                                  <li><span>근무조건</span>운전가능자</li>
	                                  <li><span>활동/경험</span>해당직무 근무경험</li>
	                                </ul>
	                              </div>
	                              <button type="button" class="btnClose">
	                                <span class="blind">닫기 - 우대사항 상세</span>
	                              </button>
	                            </div>
	                          </div>
	                        </dd>
	                      </dl>
	                    </div>
	                    <div class="col">
	                      <dl>
	                        <dt>급여</dt>
	                        <dd>면접 후 결정</dd>
	                      </dl>
	                      <dl>
	                        <dt>근무일시</dt>
	                        <dd>주 5일(월~금) 09:00~18:00</dd>
	                      </dl>
	                      <dl>
	                        <dt>근무지역</dt>
	                        <dd>
	                          경기 파주시
	                          <button
	                            type="button"
	                            class="spr_jview btn_jview btn_move_map"
	                          >
	                            <span>지도</span>
	                          </button>
	                        </dd>
	                      </dl>
	                    </div>
	                    <div class="meta">
	                      <span class="salary_desc"
	                        ><strong>최저임금계산에 대한 알림</strong> 하단에 명시된 급여, 근무 내용 등이 최저임금에 미달하는 경우 위 내용이 우선합니다.</span
	                      >
	                      <ul class="list_meta">
	                        <li>조회수 <strong>176</strong></li>
	                        <li>홈페이지접속 <strong>8</strong></li>
	                        <li>자사양식다운수 <strong>1</strong></li>
	                        <li class="wrap_share">
	                          <div class="share">
	                            <button
	                              type="button"
	                              class="spr_jview btn_jview btn_share"
	                            >
	                              <svg aria-hidden="true" focusable="false" class="ic"
	                                ><use xlink:href="#icon_sns_share"></use></svg
	                              ><span>공유하기</span>
	                            </button>
	                            <ul class="spr_jview list_share">
	                              <li>
	                                <a
	                                  href="http://www.facebook.com/share.php?api_key=137906922916817&amp;display=popup&amp;u=https%3A%2F%2Fwww.saramin.co.kr%2Fzf_user%2Fjobs%2Frelay%2Fview%3Frec_idx%3D51076217%26view_type%3Dpublic-recruit"
	                                  class="spr_jview facebook"
	                                  onclick="window.open(this.href, this.target, 'width=578,height=380'); return false;"
	                                  onmousedown="try{n_trackEvent('relay_view', 'top', 'facebook', '');}catch(e){}"
	                                  title="페이스북 공유하기"
	                                >
	                                  <span class="blind">페이스북</span>
	                                </a>
	                              </li>
	                              <li>
	                                <a
	                                  href="http://twitter.com/share?url=https%3A%2F%2Fwww.saramin.co.kr%2Fzf_user%2Fjobs%2Frelay%2Fview%3Frec_idx%3D51076217%26view_type%3Dpublic-recruit&amp;text=%28%EC%A3%BC%29%EC%95%BC%EC%8A%A4%20%EA%B2%BD%EC%98%81%EA%B4%80%EB%A6%AC%EC%84%BC%ED%84%B0%20%EC%9E%AC%EB%AC%B4%ED%8C%80%20%EA%B2%BD%EB%A0%A5%20%EB%B0%8F%20%EC%8B%A0%EC%9E%85%EC%82%AC%EC%9B%90%20%EC%B1%84%EC%9A%A9%20-%20%28%EC%A3%BC%29%EC%95%BC%EC%8A%A4%20%23saramin"
	                                  class="spr_jview twitter"
	                                  onclick="window.open(this.href, this.target, 'width=554,height=454'); return false;"
	                                  onmousedown="try{n_trackEvent('relay_view', 'top', 'twitter', '');}catch(e){}"
	                                  title="트위터 공유하기"
	                                >
	                                  <span class="blind">트위터</span>
	                                </a>
	                              </li>
	                              <li>
	                                <button
	                                  type="button"
	                                  class="spr_jview copy_url"
	                                  title="공고 주소 복사하기"
	                                  onclick="JobsView.copyUrl('https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=51076217&amp;view_type=public-recruit');"
	                                  onmousedown="try{n_trackEvent('relay_view', 'top', 'copyurl', '' );}catch(e){}"
	                                >
	                                  <span class="blind">URL복사</span>
	                                </button>
	                              </li>
	                              <li>
	                                <button
	                                  type="button"
	                                  class="spr_jview send_sms"
	                                  title="이 공고 내 폰으로 전송하기"
	                                  onclick="Saramin.showQuickLogin();"
	                                  onmousedown="try{n_trackEvent('relay_view', 'top', 'sendsms', '');}catch(e){}"
	                                >
	                                  <span class="blind">SMS발송</span>
	                                </button>
	                              </li>
	                            </ul>
	                          </div>
	                        </li>
	                        <!--wmg-31267-->
	                        <li>
	                          <a
	                            href="/zf_user/help/inquery/email-inquiry-write?rec_idx=51076217&amp;view_type=public-recruit"
	                            target="_blank"
	                            onmousedown="try{n_trackEvent('relay_view', 'warning', 'report', '');}catch(e){}"
	                            class="spr_jview btn_report"
	                          >
	                            <svg aria-hidden="true" focusable="false" class="ic"
	                              ><use xlink:href="#icon_report"></use></svg
	                            >신고하기
	                          </a>
	                        </li>
	                        <!-- //wmg-31267-->
	                      </ul>
	                    </div>
	                  </div>
	                </div>
	                <div class="jv_cont jv_detail">
	                  <h2 class="jv_title blind">상세요강</h2>
	                  <div class="cont">
	                    <iframe
	                      name="iframe_content_0"
	                      id="iframe_content_0"
	                      class="iframe_content"
	                      width="860"
	                      scrolling="no"
	                      frameborder="0"
	                      marginheight="0"
	                      marginwidth="0"
	                      src="/zf_user/jobs/relay/view-detail?rec_idx=51076217&amp;rec_seq=0&amp;t_category=relay_view&amp;t_content=view_detail&amp;t_ref=public-recruit&amp;t_ref_content=generic"
	                      title="상세요강"
	                      height="2772px"
	                    ></iframe>
	                  </div>
	                </div>
	                <div class="jv_cont jv_benefit">
	                  <a class="placeholder" tabindex="-1"></a>
	                  <h2 class="jv_title">복리후생</h2>
	                  <div class="cont">
	                    <div class="details">
	                      <div class="row">
	                        <dl class="col">
	                          <dt>지원금/보험</dt>
	                          <dd data-origin="건강검진, 각종 경조사 지원">
	                            건강검진, 각종 경조사 지원
	                          </dd>
	                        </dl>
	                        <dl class="col">
	                          <dt>급여제도</dt>
	                          <dd data-origin="퇴직연금, 인센티브제, 장기근속자 포상, 우수사원포상, 야근수당, 휴일(특근)수당, 4대 보험">
	                            퇴직연금, 인센티브제, 장기근속자 포상, 우수사원포상, 야근수당, 휴일(특근)수당,...
	                          </dd>
	                        </dl>
	                        <dl class="col">
	                          <dt>선물</dt>
	                          <dd data-origin="명절선물/귀향비, 장기근속 선물">
	                            명절선물/귀향비, 장기근속 선물
	                          </dd>
	                        </dl>
	                      </div>
	                      <div class="row">
	                        <dl class="col">
	                          <dt>교육/생활</dt>
	                          <dd data-origin="구내식당(사원식당), 점심식사 제공, 저녁식사 제공">
	                            구내식당(사원식당), 점심식사 제공, 저녁식사 제공
	                          </dd>
	                        </dl>
	                        <dl class="col">
	                          <dt>근무 환경</dt>
	                          <dd data-origin="유니폼지급, 사무용품 지급">
	                            유니폼지급, 사무용품 지급
	                          </dd>
	                        </dl>
	                        <dl class="col">
	                          <dt>조직문화</dt>
	                          <dd data-origin="자유복장, 자유로운 연차사용">
	                            자유복장, 자유로운 연차사용
	                          </dd>
	                        </dl>
	                      </div>
	                      <div class="row">
	                        <dl class="col">
	                          <dt>출퇴근</dt>
	                          <dd data-origin="기숙사 운영, 주차장제공, 회사차량 있음, 탄력근무제">
	                            기숙사 운영, 주차장제공, 회사차량 있음, 탄력근무제
	                          </dd>
	                        </dl>
	                        <dl class="col">
	                          <dt>리프레시</dt>
	                          <dd data-origin="근로자의 날 휴무">
	                            근로자의 날 휴무
	                          </dd>
	                        </dl>
	                        <dl class="col"></dl>
	                      </div>
	                    </div>
	                    <button
	                      type="button"
	                      class="btn_more_cont"
	                      onmousedown="try{n_trackEvent('relay_view', 'welfare', 'welfare_more', '');}catch(e){}"
	                    >
	                      <span class="spr_jview">내용 전체보기</span>
	                      <svg class="ic" width="16" height="16" viewBox="0 0 16 16" fill="none">
	                        <path
	                          fill-rule="evenodd"
	                          clip-rule="evenodd"
	                          d="M8 10.8195L14.1609 5.1326C14.3638 4.9453 14.6801 4.95795 14.8674 5.16086C15.0547 5.36377 15.0421 5.6801 14.8391 5.8674L8.33914 11.8674C8.14761 12.0442 7.85239 12.0442 7.66086 11.8674L1.16086 5.8674C0.957952 5.6801 0.945299 5.36377 1.1326 5.16086C1.3199 4.95795 1.63623 4.9453 1.83914 5.1326L8 10.8195Z"
	                          fill="#8491A7"
	                        ></path>
	                      </svg>
	                    </button>
	                  </div>
	                </div>
	                
	                <div
	                  id="map_0"
	                  class="jv_cont jv_location"
	                  data-company-name="(주)야스"
	                  data-address="(10857) 경기 파주시 한산로 69"
	                  data-latitude="37.82883929250169"
	                  data-longitude="126.73043784472489"
	                  data-hide_fl=""
	                  data-disable_fl="n"
	                >
	                  <a class="placeholder" tabindex="-1"></a>
	                  <h2 class="jv_title">근무지위치</h2>
	                  <div class="cont box">
	                    <address class="address">
	                      <span class="spr_jview txt_adr">
	                        <span class="wrap_ic">
	                          <svg class="ic" width="20" height="20" viewBox="0 0 20 20" fill="none">
	                            <path
	                              d="M14.305 10.9376L10.5998 16.6302C10.1775 17.2789 9.21948 17.2542 8.83119 16.5846L5.52495 10.883C4.85419 9.72631 4.5 8.39263 4.5 7.05307C4.5 4.01462 7.00816 1.5 10.0448 1.5C13.0381 1.5 15.5 3.92741 15.5 6.91099C15.5 8.34059 15.0849 9.73943 14.305 10.9376Z"
	                              stroke="#8491A7"
	                            ></path>
	                            <circle cx="10" cy="7" r="2.5" stroke="#8491A7"></circle>
	                          </svg>
	                        </span>
	                        (10857) 경기 파주시 한산로 69
	                      </span>
	                    </address>
	                    <button
	                      type="button"
	                      class="btn_mapview relay_map"
	                      onclick="JobsView.moveMapPage('0', '51076217');"
	                      data-type="open"
	                    >
	                      <svg class="ic" width="24" height="24" viewBox="0 0 24 24" fill="none">
	                        <path d="M8.80769 9.58013L3.30769 11.8718C3.12137 11.9494 3 12.1315 3 12.3333V20.25C3 20.6068 3.36296 20.8488 3.69231 20.7115L8.80769 18.5801C8.93077 18.5288 9.06923 18.5288 9.19231 18.5801L14.7888 20.912C14.9229 20.9679 15.0747 20.9626 15.2047 20.8977L20.7236 18.1382C20.893 18.0535 21 17.8804 21 17.691V9.80902C21 9.43733 20.6088 9.19558 20.2764 9.3618L15.2047 11.8977C15.0747 11.9626 14.9229 11.9679 14.7888 11.912L9.19231 9.58013C9.06923 9.52885 8.93077 9.52885 8.80769 9.58013Z" stroke="#8491A7"></path>
	                        <mask id="path-2-inside-1_371_33951" fill="white">
	                          <path fill-rule="evenodd" clip-rule="evenodd" d="M12.9998 14.4995C12.9998 14.7757 12.776 14.9995 12.4999 14.9995C12.2237 14.9995 11.9999 14.7757 11.9999 14.4995V7.49932C11.9999 7.22319 12.2237 6.99934 12.4999 6.99934C12.776 6.99934 12.9998 7.22319 12.9998 7.49932V14.4995Z"></path>
	                        </mask>
	                        <path fill-rule="evenodd" clip-rule="evenodd" d="M12.9998 14.4995C12.9998 14.7757 12.776 14.9995 12.4999 14.9995C12.2237 14.9995 11.9999 14.7757 11.9999 14.4995V7.49932C11.9999 7.22319 12.2237 6.99934 12.4999 6.99934C12.776 6.99934 12.9998 7.22319 12.9998 7.49932V14.4995Z" fill="black" fill-opacity="0.01" mask="url(#path-2-inside-1_371_33951)"></path>
	                        <path d="M12.9999 14.4995V7.49932H10.9999V14.4995H12.9999ZM11.9998 7.49932V14.4995H13.9998V7.49932H11.9998ZM12.4999 7.99934C12.2237 7.99934 11.9998 7.77547 11.9998 7.49932H13.9998C13.9998 6.6709 13.3283 5.99934 12.4999 5.99934V7.99934ZM12.9999 7.49932C12.9999 7.77547 12.776 7.99934 12.4999 7.99934V5.99934C11.6714 5.99934 10.9999 6.6709 10.9999 7.49932H12.9999ZM12.4999 13.9995C12.776 13.9995 12.9999 14.2234 12.9999 14.4995H10.9999C10.9999 15.328 11.6714 15.9995 12.4999 15.9995V13.9995ZM12.4999 15.9995C13.3283 15.9995 13.9998 15.328 13.9998 14.4995H11.9998C11.9998 14.2234 12.2237 13.9995 12.4999 13.9995V15.9995Z" fill="#8491A7" mask="url(#path-2-inside-1_371_33951)"></path>
	                        <path d="M12.4999 3.49924C13.6044 3.49924 14.4998 4.39459 14.4998 5.49929C14.4998 6.60401 13.6044 7.49935 12.4999 7.49935C11.3953 7.49935 10.4999 6.60401 10.4999 5.49929C10.4999 4.39459 11.3953 3.49924 12.4999 3.49924Z" fill="black" fill-opacity="0.01" stroke="#8491A7"></path>
	                        <path stroke="#8491A7" d="M9 9.5V18.5M15 12V20.5"></path>
	                      </svg>
	                      <span class="spr_jview">지도 보기</span>
	                    </button>
	                    <div
	                      id="mapContainerPop_0"
	                      class="layer_pop_manage layer_map"
	                      data-loaded="n"
	                    >
	                      <h4>지도 보기</h4>
	                      <div class="container_map">
	                        <div class="wrap_mapapi" id="mapArea_0">
	                          <div class="map_view_wrap">
	                            <div id="mapContainer_0" class="map_view">
	                              <div id="mapWrapper_0" class="view">
	                                <div
	                                  id="mapView_0"
	                                  style="width: 100%; height: 100%;"
	                                ></div>
	                                <div
	                                  id="roadView_0"
	                                  style="height:100%; text-align: left;"
	                                ></div>
	                              </div>
	                            </div>
	                            <div class="btn_map_switch" data-seq="0">
	                              <button
	                                type="button"
	                                class="btn_mapview on"
	                                data-type="mapview"
	                                onmousedown="try{n_trackEvent('relay_view', 'map', 'open', '');}catch(e){}"
	                              >
	                                지도
	                              </button>
	                              <button
	                                type="button"
	                                class="btn_skyview"
	                                data-type="skyview"
	                                onmousedown="try{n_trackEvent('relay_view', 'map', 'skyview', '');}catch(e){}"
	                              >
	                                스카이뷰
	                              </button>
	                            </div>
	                            <div class="desc">
	                              <div class="btns">
	                                <button type="button" class="reset">
	                                  지도초기화
	                                </button>
	                                <button
	                                  type="button"
	                                  class="big_map"
	                                  data-type="wideview"
	                                  onmousedown="try{n_trackEvent('relay_view', 'map', 'wideview', '');}catch(e){}"
	                                >
	                                  크게보기
	                                </button>
	                                <button
	                                  type="button"
	                                  class="route"
	                                  data-type="findtheway"
	                                  onmousedown="try{n_trackEvent('relay_view', 'map', 'findtheway', '');}catch(e){}"
	                                >
	                                  길찾기
	                                </button>
	                              </div>
	                            </div>
	                          </div>
	                        </div>
	                      </div>
	                      <button
	                        type="button"
	                        class="btn_layer_close"
	                        onclick="jQuery(this).closest('.jv_location').removeClass('expand');"
	                      >
	                        <span>닫기</span>
	                      </button>
	                    </div>
	                  </div>
	                </div>
	                
	                <div class="jv_cont jv_howto">
	                	<a class="placeholder" tabindex="-1"></a>
					    <h2 class="jv_title">접수기간 및 방법</h2>
					    <div class="cont box">
					        <div class="status">
					            <div class="info_timer" data-remain-time="3557781"><span class="txt">남은 기간</span><span class="day">41</span><span class="txt_day">일</span><span class="time">04:15:54</span></div>
					            <dl class="info_period">
					                <dt>시작일</dt>
					                <dd>2025.06.19 00:00</dd>
					                <dt class="end">마감일</dt>
					                <dd>2025.07.31 23:59</dd>
					            </dl>
					        </div>
					        <dl class="guide">
					            <dt>지원방법</dt>
					            <dd class="method"><a href="#" onmousedown="try{Saramin.btnJob(&quot;homepage&quot;, this, &quot;&quot;, &quot;&quot;);} catch(e) {}" data-track_event="t_category=relay_view&amp;t_content=relay_view_public-recruit&amp;t_ref=public-recruit&amp;t_ref_content=generic&amp;t_ref_scnid=&amp;dpId=" data-rec_idx="51076217" data-href="https://www.yasoled.com/sub06_4_v.html?&amp;bkey=b030bd395a8a6e3c54f1e9163e32eb37">홈페이지 지원</a></dd>
					            <dt>접수양식</dt>
					            <dd class="template"><a href="/zf_user/track-apply-form/update-company-apply-form-cnt/form_gb/company?rec_idx=51076217" class="spr_jview btn_template" target="_blank">당사홈페이지 양식</a>
					                <div class="toolTipWrap"><button type="button" class="spr_jview btn_jview btn_tooltip"><span>제출서류 보기</span><svg aria-hidden="true" focusable="false" class="ic">
					                            <use xlink:href="#icon_i"></use>
					                        </svg></button>
					                    <div class="toolTip"><span class="tail tail_top_center"></span>
					                        <div class="toolTipCont txtLeft"><strong class="toolTipTit">제출서류</strong>
					                            <p>이력서, 자기소개서</p>
					                        </div><button type="button" class="btnClose"><span class="blind">닫기</span></button>
					                    </div>
					                </div>
					            </dd>
					        </dl>
					        <p class="noti"><svg aria-hidden="true" focusable="false" class="ic">
					                <use xlink:href="#icon_i"></use>
					            </svg>마감일은 기업의 사정, 조기마감 등으로 변경될 수 있습니다.</p>
					    </div>
					</div>
					
					<div class="jv_cont jv_company company_info_wrap_51076217"><a class="placeholder" tabindex="-1"></a>
					    <div class="jv_title">
					        <h2 class="jv_title_heading">기업정보</h2>
					        <a href="javascript:void(0)" class="link_txt spr_jview ga_data_layer" target="_blank" data-ga_data_layer="ga_lead|relay_view|companyinfo|jobs_more" onmousedown="">
					            이 기업의 다른 공고 (2건)
					        </a>
					    </div>
					    <div class="cont box">
					        <div class="wrap_info">
					            <div class="tit_area">
					                <div class="basic_info">
					                    <h3>
					                    	<a href="javascript:void(0)" title="(주)야스">(주)야스 </a>
					                    	<button type="button" csn="SGRxV0JuK3lMN2d0cThjY0doUjYzQT09" title="관심기업 등록" del_fl="n" aria-pressed="false" class="btn_jview btn_jview_round btn_interest" onclick="try{Saramin.btnJob('favor', this, '', 'list');}catch(e){}" onmousedown="try {n_trackEvent('relay_view', 'companyinfo', 'favor', '');}catch(e){}" first_nudge="off">
					                    		<svg width="16" height="16" viewBox="0 0 16 16" fill="none" class="icon_interested">
					                                <path d="M6.02498 12.7861L5.64593 12.4305L5.26661 12.0676L4.9045 11.7145L4.57727 11.3886L4.30315 11.1078L4.09798 10.8878L3.60986 10.3434L3.3016 9.99345L3.02797 9.67542L2.79004 9.38984L2.58897 9.13749L2.42437 8.91736L2.35722 8.8214C2.09522 8.43618 1.89245 8.04622 1.73708 7.6185C1.41094 6.38491 1.4304 5.39882 1.73942 4.62739C2.06107 3.82442 2.56896 3.24401 3.25465 2.87112C3.97841 2.47923 4.74412 2.39639 5.56989 2.63105C6.18765 2.82443 6.71818 3.1964 7.16412 3.7682L7.29598 3.94787L7.58589 4.37863L8.00062 4.99485L8.41545 4.3787L8.71259 3.93737C9.13803 3.32866 9.65597 2.91815 10.2666 2.68825L10.4462 2.62682C11.2606 2.39707 12.0242 2.47999 12.7465 2.87106C13.4323 3.24395 13.9403 3.82439 14.262 4.62745C14.5705 5.39767 14.5909 6.3831 14.2537 7.6522C14.1088 8.04661 13.9058 8.43727 13.6424 8.82404C13.6227 8.85295 13.6015 8.88333 13.5787 8.9152L13.4124 9.13756L13.2113 9.38998L12.9737 9.67507L12.549 10.1656L12.1189 10.6483L12.1177 10.6497L11.8097 10.99L11.569 11.2414L11.2664 11.5467L10.7343 12.0681L10.3555 12.4306L9.97658 12.786L9.61564 13.1169L9.28863 13.4077C9.1893 13.4942 9.09986 13.57 9.0226 13.6331C9.02237 13.6333 9.02214 13.6335 9.02192 13.6336L8.00223 14.461L7.999 14.4634L6.85007 13.5257C6.76132 13.4504 6.66238 13.3642 6.55569 13.2693L6.20886 12.9558C6.20844 12.9554 6.20801 12.955 6.20759 12.9546C6.148 12.9 6.08733 12.844 6.02592 12.787C6.02561 12.7867 6.0253 12.7864 6.02498 12.7861Z" fill="white" stroke="#8491A7"></path>
					                            </svg>
					                            <span>관심기업</span>
					                        </button>
					                   </h3>
					                </div>
					                <div class="logo"><a href="/zf_user/company-info/view?csn=SGRxV0JuK3lMN2d0cThjY0doUjYzQT09" target="_blank" class="img ga_data_layer" data-ga_data_layer="ga_lead|relay_view|companyinfo|logo"><img id="(주)야스" alt="(주)야스" src="https://webpds.saramin.co.kr/pds/united_company/logo/22606_logo_1.jpg" class="img" width="145" height="50"></a></div>
					            </div>
					            <div class="info_area">
					                <dl>
					                    <dt>대표자명</dt>
					                    <dd title="강경인">강경인</dd>
					                </dl>
					                <dl>
					                    <dt>기업형태</dt>
					                    <dd title="코스닥, 중소기업, 외부감사법인">코스닥, 중소기업, 외부감사법인</dd>
					                </dl>
					                <dl>
					                    <dt>업종</dt>
					                    <dd title="디스플레이 제조용 기계 제조업">디스플레이 제조용 기계 제조업</dd>
					                </dl>
					                <dl>
					                    <dt>
					                        사원수</dt>
					                    <dd title="225 명 (2025년 기준)">
					                        225 명 <span> (2025년 기준)</span></dd>
					                </dl>
					                <dl>
					                    <dt>설립일</dt>
					                    <dd title="2002년 4월 10일 (업력 24년차) ">
					                        2002년 4월 10일 <span>(업력 24년차) </span></dd>
					                </dl>
					                <dl>
					                    <dt>홈페이지</dt>
					                    <dd title="www.yasoled.com"><a href="http://www.yasoled.com" target="_blank">
					                            www.yasoled.com </a></dd>
					                </dl>
					                <dl>
					                    <dt>기업주소</dt>
					                    <dd title="경기 파주시 탄현면 한산로 69">경기 파주시 탄현면 한산로 69</dd>
					                </dl>
					            </div>
					            <div class="link_area">
					                <div class="btn_area"><a href="/zf_user/company-info/view-inner-recruit?csn=SGRxV0JuK3lMN2d0cThjY0doUjYzQT09" target="_blank" class="spr_jview btn_jview_new btn_link ga_data_layer" data-ga_data_layer="ga_lead|relay_view|companyinfo|jobs_rec"><span>채용정보 <strong>2</strong>건</span></a><a href="/zf_user/company-review/view?csn=SGRxV0JuK3lMN2d0cThjY0doUjYzQT09" target="_blank" class="spr_jview btn_jview_new btn_link ga_data_layer" data-ga_data_layer="ga_lead|relay_view|companyinfo|review"><span>기업리뷰</span></a><a href="/zf_user/company-info/view-inner-salary?csn=SGRxV0JuK3lMN2d0cThjY0doUjYzQT09" target="_blank" class="spr_jview btn_jview_new btn_link ga_data_layer" data-ga_data_layer="ga_lead|relay_view|companyinfo|salaries"><span>연봉정보</span></a></div>
					            </div>
					        </div><a href="/zf_user/company-info/view?csn=SGRxV0JuK3lMN2d0cThjY0doUjYzQT09" target="_blank" class="btn_more ga_data_layer" data-ga_data_layer="ga_lead|relay_view|companyinfo|com_more"><span>기업정보 전체보기</span></a>
					    </div>
					</div>
					
	              </div>
	            </section>
	
	          </div>
	        
		        <div class="jv_remote">
		   			<div class="links">
				    	<button type="button" class="spr_jview jv_detail ready on cygg" onclick="scrollToWithOffset('.jv_header', -350)">
				    		<span class="material-symbols-outlined">dvr</span>
				            <span>채용공고</span>
			            </button>
			            <button type="button" class="spr_jview jv_howto ready" onclick="scrollToWithOffset('.jv_howto', -100)">
				    		<span class="material-symbols-outlined">touch_app</span>
				            <span>접수방법</span>
				        </button>
				        <button type="button" class="spr_jview jv_statics">
				    		<i>아이콘 영역</i>
			            	<span>지원자통계</span>
			            </button>
			            <button type="button" class="spr_jview jv_company ready" onclick="scrollToWithOffset('.jv_company', -100)">
				    		<span class="material-symbols-outlined">corporate_fare</span>
			            	<span>기업정보</span>
			            </button>
			            <button type="button" class="spr_jview jv_reference" onmousedown="try{n_trackEvent('relay_view', 'remote_control', 'passdata', '');}catch(e){}">
				            <span>합격자료</span>
			            </button>
		            </div>
				</div>
	        
	        	<div class="jview_wing" style="">
				    <div class="scroller">
				        <div class="inner">
				            <h2 class="title">
				                이어보는 <strong>Ai매치 채용정보</strong>
				                <div class="toolTipWrap">
				                    <button type="button" class="spr_jview btn_jview btn_help" aria-describedby="desc-recomm-recruit"><span>도움말</span></button>
				                    <div class="toolTip add" id="desc-recomm-recruit">
				                        <span class="tail tail_top_right"></span>
				                        <div class="toolTipCont txtLeft">
				                            <p>사람인 <em>인공지능 기술</em> 기반으로 맞춤 공고를 추천해드리는 사람인의 채용정보제공 서비스입니다.</p>
				                        </div>
				                    </div>
				                </div>
				            </h2>
				            <ul class="offer list">
				                <li id="recommend_wing_0" style="display: list-item;">
								    <a href="javascript:void(0)" onmousedown="" class="link">
								        <span class="company">(주)미밍</span>
								        <span class="title"><span class="ico_offer">추천</span> 경영관리팀 재무회계 사원 채용</span>
								        <span class="info">서울전체 <span class="txt_bar">|</span> 경력 1~3년 <span class="txt_bar">|</span> 고졸↑</span>
								    </a>
								    <button type="button" onclick="Saramin.btnJob('scrap', this, '', 'list');" scraped="n" rec_idx="51053916" class="btn_scrap scrap-51053916" imgtype="button" aria-label="스크랩" aria-pressed="false" onmousedown="try{n_trackEvent('relay_view', 'recommend', 'scrap');}catch(e){}">
								        <svg xmlns="http://www.w3.org/2000/svg" class="ic" width="18" height="17" viewBox="0 0 18 17" fill="none" aria-hidden="true" focusable="false">
								            <path d="M8.37228 1.40167C8.62905 0.881394 9.37095 0.881394 9.62772 1.40167L11.2114 4.61047C11.459 5.11221 11.9376 5.45998 12.4913 5.54044L16.0325 6.05499C16.6066 6.13842 16.8359 6.844 16.4204 7.24898L13.858 9.74668C13.4574 10.1372 13.2745 10.6999 13.3691 11.2514L13.974 14.7782C14.0721 15.3501 13.4719 15.7861 12.9584 15.5161L9.79108 13.851C9.29583 13.5906 8.70417 13.5906 8.20892 13.851L5.04164 15.5161C4.5281 15.7861 3.9279 15.3501 4.02598 14.7782L4.63088 11.2514C4.72546 10.6999 4.54263 10.1372 4.14196 9.74668L1.57958 7.24898C1.16412 6.844 1.39338 6.13842 1.96753 6.05499L5.50865 5.54044C6.06236 5.45998 6.54102 5.11221 6.78865 4.61047L8.37228 1.40167Z"></path>
								        </svg>
								    </button>
								    <span class="recruit_func">
								        <span class="date">~ 7/16(수)</span>
								        <button class="sri_btn_xs for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다."
								                onclick="try{quickApplyForm('51053916','','t_category=relay_view&amp;t_content=relay_view_public-recruit&amp;t_ref=relay_view&amp;t_ref_content=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;t_ref_scnid=829&amp;dpId=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;ref_dp=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;referNonce=38bef214ee661b0b7625&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=relay_view_apply_1&amp;inner_term=public-recruit',''); return false;}catch(e){}"
								                onmousedown="try{n_trackEvent('relay_view','recommend','quick_apply');}catch(e){}">
								            <span class="sri_btn_immediately">입사지원</span>
								        </button>
								    </span>
								</li>
								
								<li id="recommend_wing_1" style="display: list-item;">
								    <a href="javascript:void(0)" onmousedown="" class="link">
								        <span class="company">(주)농심</span>
								        <span class="title"><span class="ico_offer">추천</span> 2025년 대졸 신입/경력사원 채용</span>
								        <span class="info">동작구 <span class="txt_bar">|</span> 신입/경력 <span class="txt_bar">|</span> 대졸↑</span>
								    </a>
								    <button type="button" onclick="Saramin.btnJob('scrap', this, '', 'list');" scraped="n" rec_idx="51001308" class="btn_scrap scrap-51001308" imgtype="button" aria-label="스크랩" aria-pressed="false" onmousedown="try{n_trackEvent('relay_view', 'recommend', 'scrap');}catch(e){}">
								        <svg xmlns="http://www.w3.org/2000/svg" class="ic" width="18" height="17" viewBox="0 0 18 17" fill="none" aria-hidden="true" focusable="false">
								            <path d="M8.37228 1.40167C8.62905 0.881394 9.37095 0.881394 9.62772 1.40167L11.2114 4.61047C11.459 5.11221 11.9376 5.45998 12.4913 5.54044L16.0325 6.05499C16.6066 6.13842 16.8359 6.844 16.4204 7.24898L13.858 9.74668C13.4574 10.1372 13.2745 10.6999 13.3691 11.2514L13.974 14.7782C14.0721 15.3501 13.4719 15.7861 12.9584 15.5161L9.79108 13.851C9.29583 13.5906 8.70417 13.5906 8.20892 13.851L5.04164 15.5161C4.5281 15.7861 3.9279 15.3501 4.02598 14.7782L4.63088 11.2514C4.72546 10.6999 4.54263 10.1372 4.14196 9.74668L1.57958 7.24898C1.16412 6.844 1.39338 6.13842 1.96753 6.05499L5.50865 5.54044C6.06236 5.45998 6.54102 5.11221 6.78865 4.61047L8.37228 1.40167Z"></path>
								        </svg>
								    </button>
								    <span class="recruit_func">
								        <span class="date">~ 6/25(수)</span>
								        <a href="javascript:void(0)" class="sri_btn_xs for_btn_event" title="홈페이지 지원">
								            <span class="sri_btn_homepage_apply">홈페이지 지원</span>
								        </a>
								    </span>
								</li>
								
								<li id="recommend_wing_2" style="display: list-item;">
								    <a href="javascript:void(0)" onmousedown="" class="link">
								        <span class="company">명화공업(주)</span>
								        <span class="title">2025년 본사 및 관계사 채용</span>
								        <span class="info">서울전체 <span class="txt_bar">|</span> 신입/경력 <span class="txt_bar">|</span> 고졸↑</span>
								    </a>
								    <button type="button" onclick="Saramin.btnJob('scrap', this, '', 'list');" scraped="n" rec_idx="51009760" class="btn_scrap scrap-51009760" imgtype="button" aria-label="스크랩" aria-pressed="false" onmousedown="try{n_trackEvent('relay_view', 'recommend', 'scrap');}catch(e){}">
								        <svg xmlns="http://www.w3.org/2000/svg" class="ic" width="18" height="17" viewBox="0 0 18 17" fill="none" aria-hidden="true" focusable="false">
								            <path d="M8.37228 1.40167C8.62905 0.881394 9.37095 0.881394 9.62772 1.40167L11.2114 4.61047C11.459 5.11221 11.9376 5.45998 12.4913 5.54044L16.0325 6.05499C16.6066 6.13842 16.8359 6.844 16.4204 7.24898L13.858 9.74668C13.4574 10.1372 13.2745 10.6999 13.3691 11.2514L13.974 14.7782C14.0721 15.3501 13.4719 15.7861 12.9584 15.5161L9.79108 13.851C9.29583 13.5906 8.70417 13.5906 8.20892 13.851L5.04164 15.5161C4.5281 15.7861 3.9279 15.3501 4.02598 14.7782L4.63088 11.2514C4.72546 10.6999 4.54263 10.1372 4.14196 9.74668L1.57958 7.24898C1.16412 6.844 1.39338 6.13842 1.96753 6.05499L5.50865 5.54044C6.06236 5.45998 6.54102 5.11221 6.78865 4.61047L8.37228 1.40167Z"></path>
								        </svg>
								    </button>
								    <span class="recruit_func">
								        <span class="date">~ 6/23(월)</span>
								        <button class="sri_btn_xs for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다;"
								                onclick="try{quickApplyForm('51009760','','t_category=relay_view&amp;t_content=relay_view_public-recruit&amp;t_ref=relay_view&amp;t_ref_content=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;t_ref_scnid=811&amp;dpId=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;ref_dp=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;referNonce=38bef214ee661b0b7625&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=relay_view_apply_3&amp;inner_term=public-recruit',''); return false;}catch(e){}"
								                onmousedown="try{n_trackEvent('relay_view','recommend','quick_apply');}catch(e){}">
								            <span class="sri_btn_immediately">입사지원</span>
								        </button>
								    </span>
								</li>
								
								<li id="recommend_wing_3" style="display: list-item;">
								    <a href="javascript:void(0)" onmousedown="" class="link">
								        <span class="company">(주)옵토전자</span>
								        <span class="title">경영지원(회계) 경력 채용</span>
								        <span class="info">금천구 <span class="txt_bar">|</span> 경력3년↑ <span class="txt_bar">|</span> 대졸↑</span>
								    </a>
								    <button type="button" onclick="Saramin.btnJob('scrap', this, '', 'list');" scraped="n" rec_idx="50905915" class="btn_scrap scrap-50905915" imgtype="button" aria-label="스크랩" aria-pressed="false" onmousedown="try{n_trackEvent('relay_view', 'recommend', 'scrap');}catch(e){}">
								        <svg xmlns="http://www.w3.org/2000/svg" class="ic" width="18" height="17" viewBox="0 0 18 17" fill="none" aria-hidden="true" focusable="false">
								            <path d="M8.37228 1.40167C8.62905 0.881394 9.37095 0.881394 9.62772 1.40167L11.2114 4.61047C11.459 5.11221 11.9376 5.45998 12.4913 5.54044L16.0325 6.05499C16.6066 6.13842 16.8359 6.844 16.4204 7.24898L13.858 9.74668C13.4574 10.1372 13.2745 10.6999 13.3691 11.2514L13.974 14.7782C14.0721 15.3501 13.4719 15.7861 12.9584 15.5161L9.79108 13.851C9.29583 13.5906 8.70417 13.5906 8.20892 13.851L5.04164 15.5161C4.5281 15.7861 3.9279 15.3501 4.02598 14.7782L4.63088 11.2514C4.72546 10.6999 4.54263 10.1372 4.14196 9.74668L1.57958 7.24898C1.16412 6.844 1.39338 6.13842 1.96753 6.05499L5.50865 5.54044C6.06236 5.45998 6.54102 5.11221 6.78865 4.61047L8.37228 1.40167Z"></path>
								        </svg>
								    </button>
								    <span class="recruit_func">
								        <span class="date">~ 6/27(금)</span>
								        <button class="sri_btn_xs for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다;"
								                onclick="try{quickApplyForm('50905915','','t_category=relay_view&amp;t_content=relay_view_public-recruit&amp;t_ref=relay_view&amp;t_ref_content=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;t_ref_scnid=829&amp;dpId=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;ref_dp=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;referNonce=38bef214ee661b0b7625&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=relay_view_apply_4&amp;inner_term=public-recruit',''); return false;}catch(e){}"
								                onmousedown="try{n_trackEvent('relay_view','recommend','quick_apply');}catch(e){}">
								            <span class="sri_btn_immediately">입사지원</span>
								        </button>
								    </span>
								</li>
								
								<li id="recommend_wing_4" style="display: none;">
								    <a href="javascript:void(0)" onmousedown="" class="link">
								        <span class="company">(주)코모스</span>
								        <span class="title">㈜KOMOS 각 부문별 상시채용</span>
								        <span class="info">경기전체 <span class="txt_bar">|</span> 신입/경력 <span class="txt_bar">|</span> 초대졸↑</span>
								    </a>
								    <button type="button" onclick="Saramin.btnJob('scrap', this, '', 'list');" scraped="n" rec_idx="51023766" class="btn_scrap scrap-51023766" imgtype="button" aria-label="스크랩" aria-pressed="false" onmousedown="try{n_trackEvent('relay_view', 'recommend', 'scrap');}catch(e){}">
								        <svg xmlns="http://www.w3.org/2000/svg" class="ic" width="18" height="17" viewBox="0 0 18 17" fill="none" aria-hidden="true" focusable="false">
								            <path d="M8.37228 1.40167C8.62905 0.881394 9.37095 0.881394 9.62772 1.40167L11.2114 4.61047C11.459 5.11221 11.9376 5.45998 12.4913 5.54044L16.0325 6.05499C16.6066 6.13842 16.8359 6.844 16.4204 7.24898L13.858 9.74668C13.4574 10.1372 13.2745 10.6999 13.3691 11.2514L13.974 14.7782C14.0721 15.3501 13.4719 15.7861 12.9584 15.5161L9.79108 13.851C9.29583 13.5906 8.70417 13.5906 8.20892 13.851L5.04164 15.5161C4.5281 15.7861 3.9279 15.3501 4.02598 14.7782L4.63088 11.2514C4.72546 10.6999 4.54263 10.1372 4.14196 9.74668L1.57958 7.24898C1.16412 6.844 1.39338 6.13842 1.96753 6.05499L5.50865 5.54044C6.06236 5.45998 6.54102 5.11221 6.78865 4.61047L8.37228 1.40167Z"></path>
								        </svg>
								    </button>
								    <span class="recruit_func">
								        <span class="date">~ 6/22(일)</span>
								        <button class="sri_btn_xs for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다;"
								                onclick="try{quickApplyForm('51023766','','t_category=relay_view&amp;t_content=relay_view_public-recruit&amp;t_ref=relay_view&amp;t_ref_content=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;t_ref_scnid=819&amp;dpId=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;ref_dp=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;referNonce=38bef214ee661b0b7625&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=relay_view_apply_5&amp;inner_term=public-recruit',''); return false;}catch(e){}"
								                onmousedown="try{n_trackEvent('relay_view','recommend','quick_apply');}catch(e){}">
								            <span class="sri_btn_immediately">입사지원</span>
								        </button>
								    </span>
								</li>
				                
				                <li id="recommend_wing_5" style="display: none;">
				                	<a href="javascript:void(0)" onmousedown="" class="link">
					                	<span class="company">(주)씨아이템프러리</span>
					                	<span class="title">현대카드 본사 PLCC오토2팀 사무직 채용 광고심의/모니터링</span>
					                	<span class="info">서울전체 
						                	<span class="txt_bar">|</span> 경력무관 
						                	<span class="txt_bar">|</span> 학력무관
						                </span>
				                	</a>
				                	<button type="button" onclick="Saramin.btnJob('scrap', this, '', 'list');" scraped="n" rec_idx="51015285" class="btn_scrap scrap-51015285" imgtype="button" aria-label="스크랩" aria-pressed="false" onmousedown="try{n_trackEvent('relay_view', 'recommend', 'scrap' , '');}catch(e){}">
				                        <svg xmlns="http://www.w3.org/2000/svg" class="ic" width="18" height="17" viewBox="0 0 18 17" fill="none" aria-hidden="true" focusable="false">
				                            <path d="M8.37228 1.40167C8.62905 0.881394 9.37095 0.881394 9.62772 1.40167L11.2114 4.61047C11.459 5.11221 11.9376 5.45998 12.4913 5.54044L16.0325 6.05499C16.6066 6.13842 16.8359 6.844 16.4204 7.24898L13.858 9.74668C13.4574 10.1372 13.2745 10.6999 13.3691 11.2514L13.974 14.7782C14.0721 15.3501 13.4719 15.7861 12.9584 15.5161L9.79108 13.851C9.29583 13.5906 8.70417 13.5906 8.20892 13.851L5.04164 15.5161C4.5281 15.7861 3.9279 15.3501 4.02598 14.7782L4.63088 11.2514C4.72546 10.6999 4.54263 10.1372 4.14196 9.74668L1.57958 7.24898C1.16412 6.844 1.39338 6.13842 1.96753 6.05499L5.50865 5.54044C6.06236 5.45998 6.54102 5.11221 6.78865 4.61047L8.37228 1.40167Z"></path>
				                        </svg>
				                    </button>
				                    <span class="recruit_func">
					                    <span class="date">~ 7/12(토)</span>
					                    <button class="sri_btn_xs for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다." onclick="try{quickApplyForm('51015285','','t_category=relay_view&amp;t_content=relay_view_public-recruit&amp;t_ref=relay_view&amp;t_ref_content=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;t_ref_scnid=811&amp;dpId=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;ref_dp=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;referNonce=38bef214ee661b0b7625&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=relay_view_apply_6&amp;inner_term=public-recruit', ''); return false;} catch (e) {}; return false;" onmousedown="try{n_trackEvent('relay_view','recommend','quick_apply','');}catch(e){}">
					                    <span class="sri_btn_immediately">입사지원</span>
					                </button>
					                </span>
				                </li>
				                <li id="recommend_wing_6">
				                	<a href="javascript:void(0)" onmousedown="try{n_trackEvent('relay_view', 'recommend', 'open', '');loggingRecommendUrl(this, 'http://rcmd-log.saramin.co.kr:9020/so-logging/log/client?custId=&amp;pcId=17495563235075515263181&amp;nonce=c4f6cfe25a5e2247143c&amp;dpId=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;scnId=811&amp;tgId=0&amp;itemSetId=0&amp;itemValue=50987212&amp;click=1', '');}catch(e){}" class="link">
				                		<span class="company">(주)코리아인</span>
				                		<span class="title">[국회의사당역/자체직] 회계/사업지원 담당자 모집</span>
				                		<span class="info">동대문구 
				                			<span class="txt_bar">|</span> 경력무관 
				                			<span class="txt_bar">|</span> 초대졸↑
				                		</span>
				                	</a>
				                	<button type="button" onclick="Saramin.btnJob('scrap', this, '', 'list');" scraped="n" rec_idx="50987212" class="btn_scrap scrap-50987212" imgtype="button" aria-label="스크랩" aria-pressed="false" onmousedown="try{n_trackEvent('relay_view', 'recommend', 'scrap' , '');}catch(e){}">
				                        <svg xmlns="http://www.w3.org/2000/svg" class="ic" width="18" height="17" viewBox="0 0 18 17" fill="none" aria-hidden="true" focusable="false">
				                            <path d="M8.37228 1.40167C8.62905 0.881394 9.37095 0.881394 9.62772 1.40167L11.2114 4.61047C11.459 5.11221 11.9376 5.45998 12.4913 5.54044L16.0325 6.05499C16.6066 6.13842 16.8359 6.844 16.4204 7.24898L13.858 9.74668C13.4574 10.1372 13.2745 10.6999 13.3691 11.2514L13.974 14.7782C14.0721 15.3501 13.4719 15.7861 12.9584 15.5161L9.79108 13.851C9.29583 13.5906 8.70417 13.5906 8.20892 13.851L5.04164 15.5161C4.5281 15.7861 3.9279 15.3501 4.02598 14.7782L4.63088 11.2514C4.72546 10.6999 4.54263 10.1372 4.14196 9.74668L1.57958 7.24898C1.16412 6.844 1.39338 6.13842 1.96753 6.05499L5.50865 5.54044C6.06236 5.45998 6.54102 5.11221 6.78865 4.61047L8.37228 1.40167Z"></path>
				                        </svg>
				                    </button>
				                    <span class="recruit_func">
				                   		<span class="date">~ 6/25(수)</span>
					                    <button class="sri_btn_xs for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다." onclick="try{quickApplyForm('50987212','','t_category=relay_view&amp;t_content=relay_view_public-recruit&amp;t_ref=relay_view&amp;t_ref_content=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;t_ref_scnid=811&amp;dpId=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;ref_dp=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;referNonce=38bef214ee661b0b7625&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=relay_view_apply_7&amp;inner_term=public-recruit', ''); return false;} catch (e) {}; return false;" onmousedown="try{n_trackEvent('relay_view','recommend','quick_apply','');}catch(e){}">
					                    	<span class="sri_btn_immediately">입사지원</span>
					                    </button>
					                </span>
					            </li>
				                <li id="recommend_wing_7" style="display: none;"><a href="/zf_user/jobs/relay/view?rec_idx=51056583&amp;isMypage=no&amp;recommend_ids=none&amp;ref_dp=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;view_type=public-recruit&amp;dpId=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;referNonce=38bef214ee661b0b7625&amp;relayNonce=38bef214ee661b0b7625&amp;refer=y&amp;t_ref_scnid=811&amp;rec_scn_id=811&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=relay_view_7&amp;inner_term=public-recruit" onmousedown="try{n_trackEvent('relay_view', 'recommend', 'open', '');loggingRecommendUrl(this, 'http://rcmd-log.saramin.co.kr:9020/so-logging/log/client?custId=&amp;pcId=17495563235075515263181&amp;nonce=c4f6cfe25a5e2247143c&amp;dpId=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;scnId=811&amp;tgId=0&amp;itemSetId=0&amp;itemValue=51056583&amp;click=1', '');}catch(e){}" class="link"><span class="company">아렌</span><span class="title">[아렌] 재무회계 담당자 모집(사원급)</span><span class="info">관악구 <span class="txt_bar">|</span> 경력1년↑ <span class="txt_bar">|</span> 학력무관</span></a><button type="button" onclick="Saramin.btnJob('scrap', this, '', 'list');" scraped="n" rec_idx="51056583" class="btn_scrap scrap-51056583" imgtype="button" aria-label="스크랩" aria-pressed="false" onmousedown="try{n_trackEvent('relay_view', 'recommend', 'scrap' , '');}catch(e){}">
				                        <svg xmlns="http://www.w3.org/2000/svg" class="ic" width="18" height="17" viewBox="0 0 18 17" fill="none" aria-hidden="true" focusable="false">
				                            <path d="M8.37228 1.40167C8.62905 0.881394 9.37095 0.881394 9.62772 1.40167L11.2114 4.61047C11.459 5.11221 11.9376 5.45998 12.4913 5.54044L16.0325 6.05499C16.6066 6.13842 16.8359 6.844 16.4204 7.24898L13.858 9.74668C13.4574 10.1372 13.2745 10.6999 13.3691 11.2514L13.974 14.7782C14.0721 15.3501 13.4719 15.7861 12.9584 15.5161L9.79108 13.851C9.29583 13.5906 8.70417 13.5906 8.20892 13.851L5.04164 15.5161C4.5281 15.7861 3.9279 15.3501 4.02598 14.7782L4.63088 11.2514C4.72546 10.6999 4.54263 10.1372 4.14196 9.74668L1.57958 7.24898C1.16412 6.844 1.39338 6.13842 1.96753 6.05499L5.50865 5.54044C6.06236 5.45998 6.54102 5.11221 6.78865 4.61047L8.37228 1.40167Z"></path>
				                        </svg>
				                    </button>
				                    <span class="recruit_func">
				                    <span class="date">~ 7/17(목)</span>
					                    <button class="sri_btn_xs for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다." onclick="try{quickApplyForm('51056583','','t_category=relay_view&amp;t_content=relay_view_public-recruit&amp;t_ref=relay_view&amp;t_ref_content=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;t_ref_scnid=811&amp;dpId=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;ref_dp=SRI_050_VIEW_MIX_RCT_BBS_NLG&amp;referNonce=38bef214ee661b0b7625&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=relay_view_apply_8&amp;inner_term=public-recruit', ''); return false;} catch (e) {}; return false;" onmousedown="try{n_trackEvent('relay_view','recommend','quick_apply','');}catch(e){}">
					                    	<span class="sri_btn_immediately">입사지원</span>
					                    </button>
				                   </span>
				               </li>
				            </ul>
				        </div>
				    </div>
				</div>
	        
	        
	        </div>
	      </div>
      </div>
    </div>
  </body>
</html>
