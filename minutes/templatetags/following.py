"""Addresses for following the record: a calendar's webcal:// subscribe link."""

from django import template

from minutes.addresses import address

register = template.Library()


@register.simple_tag(takes_context=True)
def webcal(context, url_name: str, **kwargs) -> str:
    """The calendar's address as webcal://, which calendar apps open as a subscription."""
    url = context["request"].build_absolute_uri(address(url_name, **kwargs))
    return "webcal://" + url.split("://", 1)[1]
