"""Reads a CSV file with Python's csv module (an independent RFC 4180 reader) and prints its rows as JSON objects.

Usage: read_csv.py FILE
"""
import csv
import json
import sys

with open(sys.argv[1], newline="", encoding="utf-8", errors="strict") as f:
    print(json.dumps(list(csv.DictReader(f))))
