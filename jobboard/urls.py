"""Top-level URLs: the postings app at the root, the admin under settings.ADMIN_PATH."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "jobboard administration"
admin.site.site_title = "jobboard admin"

urlpatterns = [
    path(settings.ADMIN_PATH, admin.site.urls),
    path("", include("postings.urls")),
]

# A database fault raised outside a view still gets the 503 page (jobboard/faults.py).
handler500 = "jobboard.faults.server_error"
