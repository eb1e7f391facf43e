from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("StarCoach-beheer")
admin.site.site_title = _("StarCoach-beheer")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("accounts/", include("accounts.urls")),
    path("", include("interviews.urls")),
    path("", include("assessments.urls")),
    path("", include("privacy.urls")),
    path("", include("assignments.urls")),
]

handler400 = "starcoach.views.bad_request"
