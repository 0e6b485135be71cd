let arr =[
    {
        "number": "CC457408237J90250030000",
        "jobType": {
            "items": [
                {
                    "code": "160000",
                    "name": "软件/互联网开发/系统集成"
                },
                {
                    "code": "864",
                    "name": "WEB前端开发"
                }
            ],
            "display": "软件/互联网开发/系统集成,WEB前端开发"
        },
        "company": {
            "number": "CZ457408230",
            "url": "https://company.zhaopin.com/CZ457408230.htm",
            "name": "江苏泰赋星通信技术有限公司",
            "size": {
                "code": "2",
                "name": "20-99人"
            },
            "type": {
                "code": "5",
                "name": "民营"
            }
        },
        "positionURL": "https://jobs.zhaopin.com/457408237250030.htm",
        "workingExp": {
            "code": "103",
            "name": "1-3年"
        },
        "eduLevel": {
            "code": "5",
            "name": "大专"
        },
        "salary": "9K-16K",
        "emplType": "全职",
        "jobName": "web web前端 （薪资高 福利好）",
        "industry": "160100,160200,160400,210500",
        "recruitCount": 0,
        "geo": {
            "lat": "32.022330",
            "lon": "118.864812"
        },
        "city": {
            "items": [
                {
                    "code": "635",
                    "name": "南京"
                }
            ],
            "display": "南京"
        },
        "applyType": "1",
        "updateDate": "2018-08-24 08:52:51",
        "createDate": "2018-08-02 10:38:30",
        "endDate": "2018-09-01 10:38:30",
        "welfare": [
            "五险一金",
            "年底双薪",
            "绩效奖金",
            "餐补",
            "节日福利"
        ],
        "saleType": 0,
        "feedbackRation": 0.6,
        "score": 668.33875,
        "resumeCount": 32,
        "showLicence": 0,
        "interview": 0,
        "companyLogo": "https://fileihr.zhaopin.com/045/740/045740823/logo/467da151-3d49-4b1b-a6a9-8140768093be.jpg",
        "tags": [],
        "vipLevel": 1002,
        "expandCount": 0,
        "positionLabel": "",
        "duplicated": false,
        "futureJob": false,
        "selected": false,
        "applied": false,
        "collected": false,
        "isShow": false,
        "timeState": "最新",
        "rate": "60%"
    }
]
let data = JSON.stringify(arr)
console.log(data)

