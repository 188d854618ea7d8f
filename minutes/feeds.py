"""Atom feeds of the record's news: agendas published, minutes published and confirmed.

`/feeds/minutes/` has every committee's news, `/committees/<slug>/feed/` one committee's.
Each entry is one piece of news (see minutes.news), with an id that never changes, dated
when the news went out.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from minutes.models import Committee
from minutes.news import News, latest_news

FEED_LENGTH = 50


class MinutesFeed(Feed):
    """Every committee's news."""

    feed_type = Atom1Feed
    title_template = None

    def title(self, obj=None) -> str:
        return f"{settings.SITE_NAME}: agendas and minutes"

    def subtitle(self, obj=None) -> str:
        return "Agendas published, minutes published and minutes confirmed, newest first."

    def link(self, obj=None) -> str:
        return reverse("committee_list")

    def feed_url(self, obj=None) -> str:
        return reverse("minutes_feed")

    def author_name(self, obj=None) -> str:
        return settings.SITE_NAME

    def items(self, obj=None) -> list[News]:
        return latest_news(limit=FEED_LENGTH)

    def item_title(self, news: News) -> str:
        return news.title

    def item_description(self, news: News) -> str:
        return news.summary

    def item_link(self, news: News) -> str:
        return news.meeting.get_absolute_url()

    def item_guid(self, news: News) -> str:
        return news.uid

    def item_pubdate(self, news: News):
        return news.at

    def item_updateddate(self, news: News):
        return news.at

    def item_categories(self, news: News) -> list[str]:
        return [news.meeting.committee.name, news.label]


class CommitteeFeed(MinutesFeed):
    """One committee's news."""

    def get_object(self, request, committee: str) -> Committee:
        return get_object_or_404(Committee, slug=committee)

    def title(self, obj: Committee) -> str:
        return f"{obj.name}: agendas and minutes"

    def link(self, obj: Committee) -> str:
        return obj.get_absolute_url()

    def feed_url(self, obj: Committee) -> str:
        return reverse("committee_feed", kwargs={"committee": obj.slug})

    def items(self, obj: Committee) -> list[News]:
        return latest_news(committee=obj, limit=FEED_LENGTH)
