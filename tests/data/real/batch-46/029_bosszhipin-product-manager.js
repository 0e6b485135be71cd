var data=[
    {
        "title": "IT·互联网",
        "info_list": [
            {
                "name": "文旅项目互联网产品经理",
                "salary": "7-11K",
                "city": [
                    "郑州",
                    "3-5年",
                    "本科"
                ],
                "logo": "https://img.bosszhipin.com/beijin/mcs/chatphoto/20190319/4646739b6266b89a983c446693af4d1d318368aefb0875e71f0ad95a9f3754f6.jpg",
                "companyName": "中讯设计",
                "type": "通信/网络设备",
                "level": "已上市"
            },
