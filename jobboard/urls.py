"""Top-level URLs: the postings app at the root, the admin under /admin/."""

from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "jobboard administration"
admin.site.site_title = "jobboard admin"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("postings.urls")),
]
