"""An independent CalDAV client for the tests, built on Debian's python3-caldav and python3-icalendar.

Usage:
  caldav_tool.py make URL USER PASSWORD          create the calendar collection at URL
  caldav_tool.py list URL USER PASSWORD          print the calendar's events as JSON
  caldav_tool.py add URL USER PASSWORD UID DATE  add someone else's event (not Stridewise's) on DATE
Certificates are not checked here (the tests' own self-signed server); Stridewise's side is what is tested.
"""
import json
import sys
from datetime import date

import caldav
from icalendar import Calendar


def calendar(url, user, password):
    client = caldav.DAVClient(url=url, username=user, password=password, ssl_verify_cert=False)
    return client, caldav.Calendar(client=client, url=url)


def main():
    action, url, user, password = sys.argv[1:5]
    client, cal = calendar(url, user, password)
    if action == "make":
        response = client.mkcalendar(url)
        if response.status not in (200, 201):
            sys.exit(f"MKCALENDAR {url}: HTTP {response.status}")
        print(json.dumps({"made": url}))
    elif action == "list":
        events = []
        for event in cal.events():
            parsed = Calendar.from_ical(event.data)
            for vevent in parsed.walk("VEVENT"):
                start = vevent.decoded("DTSTART")
                end = vevent.decoded("DTEND")
                events.append({
                    "href": str(event.url),
                    "uid": str(vevent["UID"]),
                    "summary": str(vevent["SUMMARY"]),
                    "start": start.strftime("%Y-%m-%dT%H:%M"),
                    "minutes": int((end - start).total_seconds() // 60),
                    "sequence": int(vevent.get("SEQUENCE", 0)),
                    "tzid": vevent["DTSTART"].params.get("TZID"),
                    "method": str(parsed.get("METHOD", "")),
                })
        print(json.dumps(sorted(events, key=lambda e: (e["start"], e["uid"]))))
    elif action == "add":
        uid, day = sys.argv[5], date.fromisoformat(sys.argv[6])
        stamp = day.strftime("%Y%m%d")
        cal.save_event(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:{stamp}T000000Z\r\nDTSTART:{stamp}T090000Z\r\nDTEND:{stamp}T100000Z\r\n"
            "SUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        print(json.dumps({"added": uid}))
    else:
        sys.exit("unknown action " + action)


main()
