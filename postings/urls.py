from django.urls import path

from . import views

app_name = "postings"

urlpatterns = [
    path("", views.role_list, name="role_list"),
    path("api/roles/", views.api_roles, name="api_roles"),
    path("roles/<slug:slug>/", views.role_detail, name="role_detail"),
    path("roles/<slug:slug>/sources/<int:pk>/", views.source_raw, name="source_raw"),
    path("roles/<slug:slug>/report/", views.report_listing, name="report_listing"),
    path("post-a-job/", views.submit_start, name="submit_start"),
    path("post-a-job/preview/<str:token>/", views.submit_preview, name="submit_preview"),
    path("post-a-job/sent/", views.submit_sent, name="submit_sent"),
    path("post-a-job/confirm/<str:token>/", views.submit_confirm, name="submit_confirm"),
    path("companies/<slug:slug>/", views.company_detail, name="company_detail"),
    path("feeds/roles/", views.role_feed, name="role_feed"),
    path("feeds/roles/atom/", views.role_feed_atom, name="role_feed_atom"),
    path("alerts/", views.alert_create, name="alert_create"),
    path("alerts/requested/", views.alert_requested, name="alert_requested"),
    path("alerts/confirm/<str:token>/", views.alert_confirm_view, name="alert_confirm"),
    path("alerts/unsubscribe/<str:token>/", views.alert_unsubscribe_view, name="alert_unsubscribe"),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("sitemap-<slug:section>.xml", views.sitemap_section, name="sitemap_section"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
]
