from django.urls import path

from . import views

app_name = "privacy"
urlpatterns = [
    path("account/data/", views.overview, name="overview"),
    path("account/data/export.json", views.export, name="export"),
    path("account/delete/", views.delete, name="delete"),
]
