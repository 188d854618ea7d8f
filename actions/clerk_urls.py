"""Clerks' pages of the tracker (matters arising notes). Routes added by the tracker."""

urlpatterns = []
