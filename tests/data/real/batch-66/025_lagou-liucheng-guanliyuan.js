// pages/PHP_content/PHP_content.js
const app = getApp();

Page({

  /**
   * 页面的初始数据
   */
  data: {
    json_PHP: {
      "result": [
        {
          "logger": {
            "traceCapable": true,
            "name": "com.lagou.entity.mobile.MobilePosition"
          },
          "positionId": 3905064,
          "positionName": "流程管理员",
          "city": "广州",
          "createTime": "今天 21:25",
          "salary": "3K-5K",
          "companyId": 284974,
          "companyLogo": "i/image2/M00/39/B0/CgoB5lpNzUiAbLv6AADr_r3Uvbk135.jpg",
          "companyName": "圣泰知识产权",
          "companyFullName": "广州圣泰知识产权代理有限公司",
          "ageLimit": "1年以内",
          "educationBackground": "不限"
        },
