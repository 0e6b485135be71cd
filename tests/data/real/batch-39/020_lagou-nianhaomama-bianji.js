let search=	[{
        "logger": {
            "traceCapable": true,
            "name": "com.lagou.entity.mobile.MobilePosition"
        },
        "positionId": 3619014,
        "positionName": "编辑-杭州-00111",
        "city": "杭州",
        "createTime": "今天 09:15",
        "salary": "6k-10k",
        "companyId": 100684,
        "companyLogo": "i/image/M00/86/8F/CgqKkVhkuKGAT9-MAABl3Jz3fHk862.jpg",
        "companyName": "年糕妈妈",
        "companyFullName": "杭州智聪网络科技有限公司"
    }