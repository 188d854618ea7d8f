"""Fill the database with generated, clearly fictional records at a scale, for benchmarks."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from minutes.generating.generator import Generator
from minutes.models import Committee


class Command(BaseCommand):
    help = (
        "Generate fictional records: at --scale 1, 60 committees, 2,000 people, 10,000 "
        "meetings over 20 years, 100,000 items, 1,000,000 discussion points, 300,000 actions."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=float, default=0.01, help="1 is a large council.")
        parser.add_argument(
            "--seed", type=int, default=2026, help="The same seed makes the same records."
        )
        parser.add_argument(
            "--password", default=None, help="The generated officers' and clerk's password."
        )

    def handle(self, *args, scale: float, seed: int, password: str | None, **options):
        if not 0 < scale <= 5:
            raise CommandError("--scale must be more than 0 and at most 5.")
        generator = Generator(scale, seed=seed, password=password)
        if Committee.objects.filter(slug__endswith=f"-{generator.tag}").exists():
            raise CommandError(
                f"Records from seed {seed} are already here. Use another --seed to add more."
            )
        started = time.monotonic()
        counts = generator.run()
        for table, count in counts.items():
            self.stdout.write(f"{table:36} {count:>10,}")
        self.stdout.write(
            f"Generated at scale {scale} in {time.monotonic() - started:.0f} s. Sign in as "
            f"{generator.clerk_username!r} (clerk) or officer-{generator.tag}-0000 (officer) "
            f"with password {generator.password!r}."
        )
