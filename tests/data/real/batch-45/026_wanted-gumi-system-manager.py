# - *- coding: utf- 8 - *-
# data = """b{
#   "is_manual_send": false,
#   "company_info": "【일본증권거래소 상장회사】우리는 \"엔터테인먼트를 통해서 세계 공통의 화제를 제공하는 사람과 사람과의 관계를 잇는 것으로, 매일의 생활에 새로운 즐거움과 풍요를 제공합니다.\"를 당사 경영 이념으로  하고 있습니다. 그를 실현하기 위해서, \"정보 혁명 시대를 대표하는 세계 No.1엔터테인먼트 기업\"이라는 비전을 내걸고 있습니다.\n현재 당사 그룹에서는 모바일 온라인 게임 개발·운영을 실시하고 있으며, 특히 원어민 앱 서비스에 특화 되어 사업을 실시하고 있습니다. 또한 시장의 급성장이 예상되는 VR 시장(가상 현실)에서 조기에 우위의 포지션을 구축하는 것이 중요하다고 생각하여, 투자를 중심으로 한 VR 서비스의 대응도 행하고 있습니다.",
#   "location": "도쿄도 신주쿠구",
#   "cb": true,
#   "reward_per": 10,
#   "currency": "KRW",
#   "logo_thumb_img": "https://static.wanted.co.kr/images/wdes/0_5_becfa07f-966e-4e67-8a06-4d4c66680c0f.jpg",
#   "create_time": "2018-02-21T17:33:57",
#   "status_black": null,
#   "memos": null,
#   "id": 8475,
#   "category": null,
#   "reward_recommendee": 0,
#   "i18n_location": "도쿄도 신주쿠구",
#   "bookmark": null,
#   "company_id": 2044,
#   "due_time": null,
#   "company_name": "gumi",
#   "hidden": false,
#   "reply_rate": 100.0,
#   "reward_recommender": 0,
#   "status": "active",
#   "reward_total": null,
#   "quick_application_possible": false,
#   "title_thumb_img": "https://static.wanted.co.kr/images/wdes/8475_1_0.jpg",
#   "tags": null,
#   "recommender_code": null,
#   "is_company_follow": false,
#   "formatted_reward_recommendee": "500,000원",
#   "i18n_company_name": "gumi",
#   "formatted_reward_recommender": "500,000원",
#   "plan": null,
#   "jd": "※지원시 유의사항\n • 동 포지션은 도쿄 현지 근무로 일본어 구사 능력(비즈니스 레벨이상)과 지원시 일본어 이력서 첨부(MS WORD/PDF파일)는 필수 사항입니다. \n • 일문 이력서 양식 예시 : https://goo.gl/JWDmoA\n\nSystem Information(정보 시스템) 부문에서는 해외 거점과 제휴를 취하면서 본사 IT전략을 실행, 또 각 거점의 트러블 해결 등에 종사 수 있는 즉시 전력을 모집합니다.\n\n\n주요업무\n주로 다음의 업무 프론트 및 관리 업무\n・예산 책정, 관리 업무\n・전사 시스템 운용과 함께 신규 시스템 도입 시의 설계·도입으로부터 보수·운용 지원까지 종합적인 지원/프로젝트 관리\n・보안 관리\n・벤더 대응·절충 업무 전반\n\n자격요건\n・사내 시스템의 운용 관리 경험\n・정보 시스템 관련 프로젝트 매니지먼트 경험\n・네트워크 서버 구축에 관한 기본 지식\n\n<또한>\n・영어 비즈니스 레벨\n・대규모 시스템 구축·운용 경험\n・OSS에 관한 경험 지식\n\n우대사항\n・의식적으로 새로운 정보나 기술을 도입하는 분\n・문제 해결 능력이 있는 분\n・논리적으로 과제를 분석하는 해법을 찾는 분\n・수동적이 아닌 능동적으로 업무를 추진하는 분\n・팀의 일원으로서 협력 및 정보의 공유가 가능한 분\n\n혜택 및 복지\n▶勤務地\n【東京本社】\n〒160-0023 東京都新宿区西新宿4-34-7住友不動産西新宿ビル5号館\n【東京本社アクセス】\n■大江戸線「都庁前」駅より徒歩9分\n■京王新線「初台」駅より徒歩10分\n■小田急線「参宮橋」駅より徒歩13分\n■東京メトロ丸ノ内線「西新宿」駅より徒歩15分\n■ＪＲ各線「新宿」駅より徒歩17分　※送迎バスあり\n\n▶勤務時間\n10:00～19:00（所定労働時間8時間　休憩60分）\n\n▶雇用形態：正社員(試用期間3ヶ月）\n\n▶給与\n年収：500万円～700万円\n※前年収・ご経験のバランスを踏まえ弊社基準により決定いたします。\n※毎月45時間分の時間外勤務見込み手当を含みます。\n※45時間の残業を義務付けるものではありません。\n※45時間を超える残業及び深夜残業・休日出社の場合は別途手当を支給します。\n※残業が45時間に満たない場合でも時間外勤務見込みは全額支給されます。\n※管理職、裁量労働制対象者に関しては上記の限りではありません。\n\n▶待遇・福利厚生\n・交通費全額支給\n・年2回給与査定\n・各種社会保険完備(関東IT健康保険組合加入）\n・慶弔見舞金\n・服装自由\n・社内表彰制度\n・社内サークル\n・フリードリンク\n・携帯端末購入支援制度\n・株式累積投資制度(るいとう)\n・バースデーギフト制度\n・ピアボーナス\n・PCメガネ購入補助\n・映画鑑賞補助\n・懇親会補助\n\n▶休日・休暇制度\n・完全週休2日制（土曜・日曜）\n・祝日\n・夏季休暇(3日：7月1日～9月末の間で取得）\n・年末年始休暇(原則12月29日～1月3日)\n・年次有給休暇(初年度10日間）\n・慶弔休暇、産前産後休暇など\n・リフレッシュ休暇（正社員：入社2年経過後、連続5日。以降3年ごとに付与。）\n・バースデー休暇\n\n▶その他\n・本求人内容は事前の予告なく変更となる場合があります。\n・個人毎の労働条件の詳細は採用選考の上決定し、個別に通知します。\n\n\n\n ",
#   "formatted_reward_total": "500,000원",
#   "office_images": [
#     {
#       "url": "https://static.wanted.co.kr/images/wdes/8475_0_0.jpg",
#       "id": 0
#     },
#     {
#       "url": "https://static.wanted.co.kr/images/wdes/8475_0_1.jpg",
#       "id": 183954
#     },
#     {
#       "url": "https://static.wanted.co.kr/images/wdes/8475_0_2.jpg",
#       "id": 183957
#     },
#     {
#       "url": "https://static.wanted.co.kr/images/wdes/8475_0_3.jpg",
#       "id": 183960
#     },
#     {
#       "url": "https://static.wanted.co.kr/images/wdes/8475_0_4.jpg",
#       "id": 183963
#     },
#     {
#       "url": "https://static.wanted.co.kr/images/wdes/8475_0_5.jpg",
#       "id": 183966
#     },
#     {
#       "url": "https://static.wanted.co.kr/images/wdes/8475_0_6.jpg",
#       "id": 183969
#     }
#   ],
#   "industry_name": "게임",
#   "recommenders_total": 25,
#   "lang": [
#
#   ],
#   "short_link": "http://wntd.co/w84kyl",
#   "serializer_type": "detail",
#   "salary": null,
#   "country": [
#     "JP",
#     "KR"
#   ],
#   "industry": null,
#   "like_count": 25,
#   "annual_to": 20,
#   "title_img": "https://static.wanted.co.kr/images/wdes/8475_0_0.jpg",
#   "like": null,
#   "annual_from": 5,
#   "position": "도쿄근무 사내 정보 시스템 담당 (매니저 후보)",
#   "reward": 500000,
#   "logo_img": "https://static.wanted.co.kr/images/wdes/0_4_becfa07f-966e-4e67-8a06-4d4c66680c0f.jpg"
# }"""
import requests

resp = requests.get('https://www.wanted.co.kr/api/v1/jobs/8475')
print(resp.json())
