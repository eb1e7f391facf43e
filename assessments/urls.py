from django.urls import path

from . import views

app_name = "assessments"
urlpatterns = [
    path("hr/transcripts/", views.review_list, name="review_list"),
    path("hr/transcripts/export.csv", views.review_list_csv, name="review_list_csv"),
    path("hr/transcripts/<int:transcript_pk>/review/", views.review, name="review"),
    path("hr/transcripts/<int:transcript_pk>/export.pdf", views.review_pdf, name="review_pdf"),
    path("hr/candidates/<int:user_pk>/", views.candidate, name="candidate"),
    path("progress/", views.progress, name="progress"),
    path("transcripts/<int:transcript_pk>/", views.result, name="result"),
    path("transcripts/<int:transcript_pk>/status/", views.status, name="status"),
    path("transcripts/<int:transcript_pk>/retry/", views.retry, name="retry"),
    path(
        "transcripts/<int:transcript_pk>/human-review/",
        views.human_review,
        name="human_review",
    ),
    path("transcripts/<int:transcript_pk>/contest/", views.contest, name="contest"),
]
