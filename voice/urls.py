"""Public pages of the workers' voice on every tenant and microsite host (the form, follow a
case by its code). Included by the tenant URL configuration."""

urlpatterns: list = []
