from django.urls import include, path

from . import views

interview_patterns = [
    path("", views.interview_list, name="list"),
    path("new/", views.start, name="start"),
    path("<int:pk>/review/", views.review, name="review"),
    path("<int:pk>/submit/", views.submit, name="submit"),
    path("<int:pk>/autosave/", views.autosave, name="autosave"),
    path("<int:pk>/retry/", views.retry, name="retry"),
    path("<int:pk>/<str:part>/", views.step, name="step"),
]

# `home` stays outside the namespace; everything else is interviews:….
urlpatterns = [
    path("", views.home, name="home"),
    path("interviews/", include((interview_patterns, "interviews"))),
]
