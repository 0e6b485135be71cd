export const VACANCIES = [
  {
    "id": 8664522,
    "name": "Software Developer_Front End",
    "logo": "11029901_20210701142850.png",
    "designBannerUrl": "https://vacancyimages.rabota.ua/custom-vacancy-4ae3153a-a534-419f-a9d0-e940e9631b2b.png",
    "designBannerFullUrl": "https://vacancyimages.rabota.ua/custom-vacancy-4ae3153a-a534-419f-a9d0-e940e9631b2b.png",
    "publicationType": 2,
    "date": "2022-01-23T00:01:00.38",
    "dateTxt": "15 часов назад",
    "hot": false,
    "salary": 0,
    "salaryFrom": 38200,
    "salaryTo": 121600,
    "salaryComment": "gross, based on experience",
    "cityName": "Одесса",
    "cityId": 3,
    "metroName": "",
    "metroId": 0,
    "districtName": "",
    "districtId": 0,
    "notebookId": 11029901,
    "companyName": "Amdaris",
    "formApplyCustomUrl": "",
    "isLiked": false,
    "isApply": false,
    "applyDate": null,
    "lastViewDate": null,
    "distanceText": "",
    "latitude": 46.4873195,
    "longitude": 30.7392776,
    "shortDescription": "We’re growing rapidly and are seeking Front End Developer professionals at all levels to embark on an international software development project. The role will put the latest technologies at your fingertips in a talented, collaborative team and high-…",
    "badges": [
      {
        "id": 853283,
        "name": "Компенсация спортзала"
      },
      {
        "id": 853284,
        "name": "Медицинская страховка"
      },
      {
        "id": 853285,
        "name": "Офис в центре"
      },
      {
        "id": 853286,
        "name": "Регулярный пересмотр зарплат"
      },
      {
        "id": 853287,
        "name": "Компенсация обучения"
      }
    ]
  },
]