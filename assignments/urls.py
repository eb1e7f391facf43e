from django.urls import path

from . import views

app_name = "assignments"
urlpatterns = [
    path("hr/assignments/", views.assignment_list, name="list"),
    path("hr/assignments/new/", views.assignment_create, name="create"),
    path("hr/assignments/<int:assignment_pk>/", views.assignment_detail, name="detail"),
    path("invite/<str:invite_token>/", views.invite, name="invite"),
]
