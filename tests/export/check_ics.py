"""Reads an .ics file with Debian's python3-icalendar (an independent parser) and prints what it found as JSON.

Usage: check_ics.py FILE
"""
import json
import sys
from datetime import timezone

from icalendar import Calendar

data = open(sys.argv[1], "rb").read()
lines = data.split(b"\r\n")
if lines and lines[-1] == b"":
    lines = lines[:-1]
not_utf8 = 0
for line in lines:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        not_utf8 += 1

calendar = Calendar.from_ical(data)
events = []
for event in calendar.walk("VEVENT"):
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND")
    events.append({
        "uid": str(event["UID"]),
        "summary": str(event["SUMMARY"]),
        "description": str(event.get("DESCRIPTION", "")),
        "sequence": int(event.get("SEQUENCE", 0)),
        "start": start.strftime("%Y-%m-%dT%H:%M"),
        "end": end.strftime("%Y-%m-%dT%H:%M"),
        "minutes": int((end - start).total_seconds() // 60),
        "tzid": event["DTSTART"].params.get("TZID"),
        "start_utc": start.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M"),
        "categories": [str(c) for c in (event.get("CATEGORIES").cats if event.get("CATEGORIES") else [])],
    })

print(json.dumps({
    "bare_lf": data.replace(b"\r\n", b"").count(b"\n"),
    "bare_cr": data.replace(b"\r\n", b"").count(b"\r"),
    "ends_crlf": data.endswith(b"\r\n"),
    "max_octets": max(len(line) for line in lines),
    "folded_lines": sum(1 for line in lines if line.startswith(b" ")),
    "lines_not_utf8": not_utf8,
    "method": str(calendar.get("METHOD", "")),
    "timezones": [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")],
    "events": events,
}))
