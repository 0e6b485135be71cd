test = {'hits': 39514,
 'jobs': [
          {'company': '株式会社スタッフサービス エンジニアリング事業本部',
           'date': 'Thu, 08 Sep 2022 07:52:48 GMT',
           'description': 'に直結したスキルアップ等、目的に応じて受講可能です。 休日： 日曜日、土曜日、祝日 '
                          '完全週休2日制（土日祝休み） 対象となる方： 【こんなスキルや経験のある方を歓迎します！】 ・ '
                          '<b>Python</b>を用いた開発経験 ・Web系サービスの開発経験 ・AWSを利...',
           'locations': 'Shibuya, Tokyo',
           'salary': '2650 per hour',
           'salary_currency_code': 'JPY',
           'salary_max': '2650',
           'salary_min': '2650',
           'salary_type': 'H',
           'site': '',
           'title': '時給2650円/【渋谷】サーバーサイドエンジニアPython',
           'url': 'http://jobviewtrack.com/en-gb/job-1d1941ceaef48ced9b76c3e1dd82eddb86a3e46a8af19fc8be91cee7ff8da4c821515054595456/ecb2150651dd9537b3f13053f0a31523.html?affid=2fe9505824da669b63789f957def6e26'},
