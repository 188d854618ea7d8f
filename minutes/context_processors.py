from django.conf import settings


def site(request):
    """The service name, for the header and page titles."""
    return {"site_name": settings.SITE_NAME}
