from django.urls import path

from . import views

app_name = "postings"

urlpatterns = [
    path("", views.role_list, name="role_list"),
    path("roles/<slug:slug>/", views.role_detail, name="role_detail"),
    path("roles/<slug:slug>/sources/<int:pk>/", views.source_raw, name="source_raw"),
    path("companies/<slug:slug>/", views.company_detail, name="company_detail"),
]
