"""Validates the feed, calendar, sitemap and robots.txt of a built site with real parsers."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import icalendar

site, base = Path(sys.argv[1]), sys.argv[2]
results = []


def check(name, condition, detail=""):
    results.append(condition)
    print(("ok   " if condition else "FAIL ") + name + ("" if condition else f": {detail}"))


feed = feedparser.parse((site / "feed.xml").read_bytes())
check("feed.xml is well-formed Atom", not feed.bozo and feed.version == "atom10", feed.get("bozo_exception"))
check("feed has entries", len(feed.entries) > 0)
check("every feed link is absolute under the base URL",
      all(e.link.startswith(base) for e in feed.entries), [e.link for e in feed.entries if not e.link.startswith(base)])
check("every entry has id, title and updated", all(e.get("id") and e.get("title") and e.get("updated") for e in feed.entries))
check("entries are newest first",
      [e.updated_parsed for e in feed.entries] == sorted((e.updated_parsed for e in feed.entries), reverse=True))

calendar = icalendar.Calendar.from_ical((site / "moter.ics").read_bytes())
events = [c for c in calendar.walk("VEVENT")]
check("moter.ics parses with events", len(events) >= 3, len(events))
check("every event has UID, DTSTAMP, DTSTART, SUMMARY and an absolute URL",
      all(all(k in e for k in ("UID", "DTSTAMP", "DTSTART", "SUMMARY")) and str(e["URL"]).startswith(base) for e in events))
timed = [e for e in events if hasattr(e.decoded("DTSTART"), "tzinfo")]
check("timed events are in Europe/Oslo", timed and all(str(e.decoded("DTSTART").tzinfo) in ("Europe/Oslo", "CEST", "CET") or
      e["DTSTART"].params.get("TZID") == "Europe/Oslo" for e in timed))
m2 = [e for e in events if "2/2026" in str(e["SUMMARY"])]
check("møte 2/2026 starts 10:00 and ends 16:00 Oslo time",
      m2 and m2[0].decoded("DTSTART").strftime("%H:%M") == "10:00" and m2[0].decoded("DTEND").strftime("%H:%M") == "16:00"
      and m2[0].decoded("DTSTART").utcoffset().total_seconds() == 7200, m2)
check("places are kept", any("Radisson Blu Nydalen, Oslo" == str(e.get("LOCATION")) for e in events))

ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
root = ET.parse(site / "sitemap.xml").getroot()
locs = [u.findtext("s:loc", namespaces=ns) for u in root.findall("s:url", ns)]
check("sitemap.xml is a sitemaps.org urlset", root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset")
check("sitemap URLs are absolute, unique, under the base URL",
      locs and len(set(locs)) == len(locs) and all(l.startswith(base) for l in locs))
pages = [p for p in site.rglob("index.html")]
check("sitemap lists every page", len(locs) == len(pages), (len(locs), len(pages)))
check("sitemap has at most 50,000 URLs", len(locs) <= 50000)
robots = (site / "robots.txt").read_text()
check("robots.txt names the sitemap", f"Sitemap: {base}sitemap.xml" in robots)
index = (site / "index.html").read_text()
check("pages link the feed and the calendar in their head",
      'type="application/atom+xml"' in index and 'type="text/calendar"' in index)

passed = sum(results)
print(f"{passed} passed, {len(results) - passed} failed")
sys.exit(0 if passed == len(results) else 1)
