#!/usr/bin/python3
"""Reads a running exchange the way a crawler and a feed reader would.

Every public page the sitemap lists in one interface language (the home page,
the catalog, the campaigns and countries pages, every material and every
campaign) goes through Debian's extruct, which pulls out the JSON-LD and the
OpenGraph tags; six Atom feeds go through feedparser. Nothing of the
exchange's own code reads them, so this checks what outside clients see.

  apt-get install python3-extruct python3-feedparser
  /usr/bin/python3 scripts/read-linked-data.py http://localhost:3000 [--lang en|all]

/usr/bin/python3 is Debian's, which has the packages (another python3 on the
PATH may not). Prints one line per kind of page and per feed, then each
problem; the exit status is 1 when there is one: a page that does not answer
200, holds a NUL byte, lacks OpenGraph, a material page without a
LearningResource that names its licence and language versions, a campaign page
without a CreativeWorkSeries, or a feed that is not well-formed Atom.
"""

import argparse
import sys
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter

import extruct
import feedparser

SITEMAP = '{http://www.sitemaps.org/schemas/sitemap/0.9}'
FEEDS = [
    '/en/materials.atom',
    '/fr/materials.atom?country=FR',
    '/ar/materials.atom?risk=sextortion',
    '/en/materials.atom?audience=parents-carers',
    '/en/materials.atom?lang=el',
    '/en/materials.atom?q=grooming',
]


def fetch(url):
    request = urllib.request.Request(url, headers={'User-Agent': 'read-linked-data (extruct)'})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, response.read()


def sitemap_pages(base):
    """Every <loc> of the sitemap, through its index when it is one."""
    _, body = fetch(f'{base}/sitemap.xml')
    root = ET.fromstring(body)
    if root.tag == f'{SITEMAP}sitemapindex':
        locs = []
        for part in root.iter(f'{SITEMAP}loc'):
            _, part_body = fetch(part.text)
            locs += [loc.text for loc in ET.fromstring(part_body).iter(f'{SITEMAP}loc')]
        return locs
    return [loc.text for loc in root.iter(f'{SITEMAP}loc')]


def kind_of(path):
    """home, catalog, material, campaigns, campaign, countries or country."""
    parts = path.strip('/').split('/')[1:]
    if not parts:
        return 'home'
    names = {'materials': ('catalog', 'material'), 'campaigns': ('campaigns', 'campaign'),
             'countries': ('countries', 'country')}
    listing, one = names.get(parts[0], (parts[0], parts[0]))
    return listing if len(parts) == 1 else one


def types_of(item):
    kind = item.get('@type', [])
    return kind if isinstance(kind, list) else [kind]


def read_page(url, kind, problems):
    status, body = fetch(url)
    if status != 200:
        problems.append(f'{url}: status {status}')
        return None
    if b'\x00' in body:
        problems.append(f'{url}: {body.count(bytes(1))} NUL bytes in the HTML')
    data = extruct.extract(body.decode('utf-8'), base_url=url, syntaxes=['json-ld', 'opengraph'],
                           uniform=True)
    items = data['json-ld']
    types = [t for item in items for t in types_of(item)]
    opengraph = any(og.get('og:title') for og in data['opengraph'])
    if not opengraph:
        problems.append(f'{url}: no OpenGraph title')
    if kind == 'material':
        resources = [i for i in items if 'LearningResource' in types_of(i)]
        if not resources:
            problems.append(f'{url}: no LearningResource in the JSON-LD')
        elif not resources[0].get('license') or not resources[0].get('workExample'):
            problems.append(f'{url}: the LearningResource lacks its licence or its versions')
    if kind == 'campaign' and 'CreativeWorkSeries' not in types:
        problems.append(f'{url}: no CreativeWorkSeries in the JSON-LD')
    return types, opengraph


def read_feed(base, path, problems):
    _, body = fetch(f'{base}{path}')
    feed = feedparser.parse(body)
    entries = feed.entries
    with_licence = sum(1 for e in entries if any(l.get('rel') == 'license' for l in e.get('links', [])))
    with_enclosure = sum(1 for e in entries if e.get('enclosures'))
    with_summary = sum(1 for e in entries if e.get('summary'))
    if feed.version != 'atom10' or feed.bozo:
        problems.append(f'{path}: read as {feed.version!r}, bozo={feed.bozo}')
    print(f'feedparser {path}: version={feed.version} bozo={feed.bozo} entries={len(entries)} '
          f'with licence={with_licence} with enclosure={with_enclosure} with summary={with_summary}')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('base', help='the running exchange, e.g. http://localhost:3000')
    parser.add_argument('--lang', default='en',
                        help='the interface language to read (default en), or "all" for every one')
    args = parser.parse_args()
    base = args.base.rstrip('/')
    problems = []
    by_kind = {}
    for loc in sitemap_pages(base):
        # The sitemap's absolute URLs carry APP_ORIGIN; read them from the server given.
        path = urllib.parse.urlsplit(loc).path
        if args.lang != 'all' and path != f'/{args.lang}' and not path.startswith(f'/{args.lang}/'):
            continue
        kind = kind_of(path)
        read = read_page(f'{base}{path}', kind, problems)
        stats = by_kind.setdefault(kind, {'pages': 0, 'jsonld': 0, 'types': Counter(), 'og': 0})
        stats['pages'] += 1
        if read:
            types, opengraph = read
            stats['jsonld'] += 1 if types else 0
            stats['types'].update(types)
            stats['og'] += 1 if opengraph else 0
    order = ['home', 'catalog', 'material', 'campaigns', 'campaign', 'countries', 'country']
    for kind in sorted(by_kind, key=lambda k: order.index(k) if k in order else len(order)):
        s = by_kind[kind]
        print(f"extruct {kind}: {s['pages']} pages, {s['jsonld']} with JSON-LD "
              f"{dict(s['types'])}, {s['og']} with OpenGraph")
    for path in FEEDS:
        read_feed(base, path, problems)
    for problem in problems:
        print(f'problem: {problem}')
    print(f'{sum(s["pages"] for s in by_kind.values())} pages, {len(FEEDS)} feeds, '
          f'{len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
