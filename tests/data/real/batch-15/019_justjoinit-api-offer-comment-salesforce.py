# [{
#     "title": "Salesforce Developer",
#     "street": "Al. Jerozolimskie 123a",
#     "city": "Warszawa",
#     "country_code": "PL",
#     "address_text": "Al. Jerozolimskie 123a, Warszawa",
#     "marker_icon": "java",
#     "workplace_type": "remote",
#     "company_name": "Enxoo",
#     "company_url": "https://www.enxoo.com/",
#     "company_size": "200+",
#     "experience_level": "mid",
#     "latitude": "52.2247977",
#     "longitude": "20.991299",
#     "published_at": "2023-02-03T16:35:00.000Z",
#     "remote_interview": true,
#     "open_to_hire_ukrainians": true,
#     "id": "enxoo-salesforce-developer-3d3c70cd-1c01-410a-bab6-8570e3003f81",
#     "display_offer": true,
#     "employment_types": [
#         {
#             "type": "b2b",
#             "salary": {
#                 "from": 12000,
#                 "to": 22000,
#                 "currency": "pln"
#             }
#         },
#         {
#             "type": "permanent",
#             "salary": {
#                 "from": 12000,
#                 "to": 22000,
#                 "currency": "pln"
#             }
#         }
#     ],
#     "company_logo_url": "https://bucket.justjoin.it/offers/company_logos/thumb/c50e5007aa2eac6868d6d7922b0d152dea6f695a.png?1672142643",
#     "skills": [
#         {
#             "name": "CSS",
#             "level": 3
#         },
#         {
#             "name": "HTML",
#             "level": 3
#         },
#         {
#             "name": "Java",
#             "level": 4
#         }
#     ],
#     "remote": true,
#     "multilocation": [
#         {
#             "city": "\u0141\u00f3d\u017a",
#             "slug": "enxoo-salesforce-developer-lodz",
#             "street": "-"
#         },
#         {
#             "city": "Pozna\u0144",
#             "slug": "enxoo-salesforce-developer-poznan",
#             "street": "-"
#         },
#         {
#             "city": "Wroc\u0142aw",
#             "slug": "enxoo-salesforce-developer-wroclaw",
#             "street": "-"
#         },
#         {
#             "city": "Warszawa",
#             "slug": "enxoo-salesforce-developer-3d3c70cd-1c01-410a-bab6-8570e3003f81",
#             "street": "Al. Jerozolimskie 123a"
#         }
#     ],
#     "way_of_apply": "redirect"
# },{}]
