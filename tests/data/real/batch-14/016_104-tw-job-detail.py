{'data':
     {'corpImageRight':
          {'corpImageRight':
               {'imageUrl': '','link': ''}
           },
      'header':
         {'corpImageTop':
              {'imageUrl': '','link': ''},
          'jobName': '網站研發工程師',
          'appearDate': '2020/05/31',
          'custName': '肯狄科研有限公司',
          'custUrl': 'https://www.104.com.tw/company/oef76o0',
          'applyDate': '',
          'analysisType': 1,
          'analysisUrl': '//www.job_104.com.tw/jobs/apply/analysis?j=4b414b2d3f4d455d3839416a3b6b3d2314f514973474d4628282828283f5b3d2c917j98',
          'isSaved': False,
          'isApplied': False
          },
      'contact':
          {'hrName': 'Sam',
           'email': 'hello@mai.ai',
           'visit': '',
           'phone': '',
           'other': '非相關科系請勿申請',
           'reply': '本職務設定3個工作天回覆'
           },
      'environmentPic':
          {'environmentPic': [
                                {'thumbnailLink': 'https://static.104.com.tw/b_profile/2/53114832000/env/s_962627717424510857.jpg?v=20190730140744',
                                'link': 'https://static.104.com.tw/b_profile/2/53114832000/env/l_962627717424510857.jpg?v=20190730140744',
                                'description': ''
                                },
                                {'thumbnailLink': 'https://static.104.com.tw/b_profile/2/53114832000/env/s_962627717424510856.jpg?v=20190730140744',
                                'link': 'https://static.104.com.tw/b_profile/2/53114832000/env/l_962627717424510856.jpg?v=20190730140744',
                                'description': ''
                                 },
                                 {'thumbnailLink': 'https://static.104.com.tw/b_profile/2/53114832000/env/s_962627717424510855.jpg?v=20190730140744',
                                  'link': 'https://static.104.com.tw/b_profile/2/53114832000/env/l_962627717424510855.jpg?v=20190730140744',
                                  'description': ''
                                  },
                                {'thumbnailLink': 'https://static.104.com.tw/b_profile/2/53114832000/env/s_962627717424402221.jpg?v=20190730140744',
                                 'link': 'https://static.104.com.tw/b_profile/2/53114832000/env/l_962627717424402221.jpg?v=20190730140744',
                                 'description': ''
                                 },
                                {'thumbnailLink': 'https://static.104.com.tw/b_profile/2/53114832000/env/s_890328564410838260.jpg?v=20190730140744',
                                 'link': 'https://static.104.com.tw/b_profile/2/53114832000/env/l_890328564410838260.jpg?v=20190730140744',
                                 'description': ''
                                 },
                                {'thumbnailLink': 'https://static.104.com.tw/b_profile/2/53114832000/env/s_890328564410838259.jpg?v=20190730140744',
                                'link': 'https://static.104.com.tw/b_profile/2/53114832000/env/l_890328564410838259.jpg?v=20190730140744',
                                 'description': ''
                                 }
                            ],
              'corpImageBottom': {'imageUrl': '', 'link': ''}
          },
      'condition':
          {'acceptRole':
               {'role':
                    [{'code': 1, 'description': '上班族'}, {'code': 32, 'description': '外籍人士'}],
                'disRole': {'needHandicapCompendium': False, 'disability': []}
                },
           'workExp': '3年以上',
           'edu': '大學、碩士',
           'major': ['數學及電算機科學學科類'],
           'language': [{'language': '英文', 'ability': '聽 /中等、說 /中等、讀 /精通、寫 /中等'}],
           'localLanguage': [],
           'specialty': [{'code': '12001002016', 'description': 'Github'},
                         {'code': '12001006017', 'description': 'JavaScript'},
                         {'code': '12001006034', 'description': 'Node.js'}
                         ],
           'skill': [],
           'certificate': [],
           'driverLicense': [],
           'other': ''
           },
      'welfare':
          {'tag': [],'welfare': '1. Lunch subsidy: NTD$150 per working day\n2. Paid time off policy - 3 extra days in addition to government regulation\n3. Remote working days: 4 days/month (rollover: 3 months)\n4. Free barista coffee and Monday breakfast\n5. Weekly events sponsored by WeWork'},
      'jobDetail':
          {'jobDescription': '我們是榮獲Boston MedTech Top 7 VR Digital Health Companies & Computex d&i awards 的新創公司，研發人體地圖與臨床相關的視覺模擬分析軟體。網站研發工程師的部份工作如下，您將有機會參與研發最棒的醫學模擬軟體，造福更多的病患:\r\n\r\n模組化開發相應的設計元件，如RESTful API醫學影像的服務應用(Web & Mobile)\r\n影像演算化優化\r\n處理瀏覽器之間的相容性，以確保資料傳輸過程順暢\r\n\r\nRequirement\r\n具有資訊工程、電腦圖學或相關科系背景\r\n須具備JavaScript, NodeJS and React 的實務開發經驗\r\n3年以上Web與API的開發經驗\r\n熟悉Git或其他版本控制軟體\r\n使用開源軟體應用經驗者\r\n具備英文溝通能力\r\n\r\n申請者「必須」寄求職信、工作履歷、作品和Github連結到 hello@mai.ai\r\n\r\n福利:\r\n1. Lunch subsidy: NTD$150 per working day\r\n2. Paid time off policy - 3 extra days in addition to government regulation\r\n3. Free barista coffee and Monday breakfast\r\n\r\n公司網站: www.Mai.ai  \r\n視頻: https://bit.ly/2LuJLrm',
           'jobCategory': [{'code': '2007001008', 'description': '電玩程式設計師'}, {'code': '2007001004', 'description': '軟體設計工程師'}],
           'salary': '月薪50,000~70,000元',
           'salaryMin': 50000,
           'salaryMax': 70000,
           'salaryType': 50,
           'jobType': 1,
           'workType': [],
           'addressRegion': '台北市信義區',
           'addressDetail': '松仁路97號17樓',
           'industryArea': '',
           'longitude': '121.568653',
           'latitude': '25.0362006',
           'manageResp': '不需負擔管理責任',
           'businessTrip': '無需出差外派',
           'workPeriod': '日班',
           'vacationPolicy': '週休二日',
           'startWorkingDay': '一個月內',
           'hireType': 0,
           'delegatedRecruit': '',
           'needEmp': '1~2人'
           },
      'switch': 'on',
      'custLogo': 'https://static.104.com.tw/b_profile/2/53114832000/logo.png?v=20190730140744',
      'postalCode': '110',
      'closeDate': '',
      'industry': '數位內容產業',
      'custNo': '53114832000',
      'reportUrl': 'https://www.104.com.tw/question_admin/reaction.cfm?j=4b414b2d3f4d455d3839416a3b6b3d2314f514973474d4628282828283f5b3d2c917j98'
      },
 'metadata': {'enableHTML': False, 'hiddenBanner': False}
 }