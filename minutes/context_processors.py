"""What every page's layout needs: the service's name and where "Sign in" leads."""

from urllib.parse import urlencode

from django.conf import settings

from minutes.addresses import address


def site(request):
    """The service name, for the header and page titles, and the header's sign-in link.

    Named `service_name` because Django's sign-in and password pages put the host name in
    their own `site_name`, which would otherwise replace the service's name on those pages.
    On the sign-in page itself the link keeps the page's own `next`, so signing in from
    there still leads to the page the reader wanted, never back to the sign-in page.
    """
    login = address("login")
    if request.path == login:
        sign_in_url = request.get_full_path()
    else:
        sign_in_url = f"{login}?{urlencode({'next': request.get_full_path()})}"
    return {"service_name": settings.SITE_NAME, "sign_in_url": sign_in_url}
