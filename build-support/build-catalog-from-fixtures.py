#!/usr/bin/env python3
"""Widens the bundled catalog from the recorded Resource SKUs fixtures (issue 15 point 8). Reproducible: the
same fixtures and catalog give the same output; running it twice changes nothing.

  1. vm-sizes.json: every VM size of the Flexera Resource SKUs capability file (1,501 sizes) that the
     series pages did not already give is added, with the limits the API states (vCPUsAvailable, MemoryGB,
     MaxResourceVolumeMB, MaxDataDiskCount, UncachedDiskIOPS, UncachedDiskBytesPerSecond, MaxNetworkInterfaces,
     PremiumIO, AcceleratedNetworkingEnabled, HyperVGenerations, CpuArchitectureType). Network bandwidth and
     burst figures are not in the API: null. Sizes go to the series named after the size (Standard_E4-2s_v5 ->
     Esv5); a size of a series the pages already hold is added to that block with "source": "resourceSkusRecorded".
  2. vm-regions.json: for the 10 regions of the djtools per-region lists (az vm list-skus, 2026-08-01) the
     lists replace what the 2025-03-04 Batch list said; other regions keep the Batch list.
  3. disk-tiers.json: size, IOPS, MB/s and burst of every S/E/P tier as the djtools disk lists
     (az vm list-skus --resource-type disks, westeurope) state them.

Usage: build-support/build-catalog-from-fixtures.py [SHARED_DIR]   (default: ../shared next to the project)
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared')
FIX = os.path.join(SHARED, 'fixtures', 'azure')
CAT = os.path.join(ROOT, 'assess', 'src', 'main', 'resources', 'catalog')
REGIONS = ['eastus', 'eastus2', 'westus2', 'uksouth', 'germanywestcentral', 'francecentral', 'southeastasia',
           'australiaeast', 'westeurope', 'northeurope']

SKUS_SOURCE = {
    "title": "Resource SKUs (Microsoft.Compute/skus, virtualMachines, all regions, first entry per size) as recorded by"
             " Flexera's weekly bot; copied to shared/fixtures/azure/vm-capabilities/flexera-azure_compute_instance_types.json",
    "url": "https://github.com/flexera-public/policy_templates/blob/c4528fa/data/azure/azure_compute_instance_types.json",
    "repository": "flexera-public/policy_templates", "path": "data/azure/azure_compute_instance_types.json",
    "commit": "c4528fa", "documentDate": "2026-08-17", "retrieved": "2026-12-07"}
DJTOOLS_SOURCE = {
    "title": "Per-region VM size lists from 'az vm list-skus --location <region> --resource-type virtualMachines --all'"
             " (DJ Tools VM SKU locator, monthly workflow); copied to shared/fixtures/azure/sku-availability/djtools-<region>.json",
    "url": "https://github.com/DarrenJohns/djtools-azure-vm-sku-locator/tree/f31f817/data",
    "repository": "DarrenJohns/djtools-azure-vm-sku-locator", "path": "data/<region>.json",
    "commit": "f31f817", "documentDate": "2026-08-01", "retrieved": "2026-12-07"}
DISK_SOURCE = {
    "title": "Disk tiers from 'az vm list-skus --resource-type disks' for westeurope (capabilities MaxSizeGiB, MaxIOps,"
             " MaxBandwidthMBps, MaxBurstIops, MaxBurstBandwidthMBps); copied to"
             " shared/fixtures/azure/sku-availability/djtools-westeurope-disks.json",
    "url": "https://github.com/DarrenJohns/djtools-azure-vm-sku-locator/blob/f31f817/data/westeurope-disks.json",
    "repository": "DarrenJohns/djtools-azure-vm-sku-locator", "path": "data/westeurope-disks.json",
    "commit": "f31f817", "documentDate": "2026-08-01", "retrieved": "2026-12-07"}


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def fmt(obj, depth, expand, indent=''):
    """JSON as the catalog files are written by hand: the root, a series block, a map of sources or of size
    regions, and lists of objects one item a line (down to `expand` levels); everything else (a source, a tier,
    a size, a list of names) on one line."""
    scalar_list = isinstance(obj, list) and all(not isinstance(v, (dict, list)) for v in obj)
    inline = (depth >= expand or not isinstance(obj, (dict, list)) or not obj or scalar_list
              or (isinstance(obj, dict) and depth > 0 and 'sizes' not in obj
                  and not (depth == 1 and all(isinstance(v, (dict, list)) for v in obj.values()))))
    if inline:
        return json.dumps(obj, ensure_ascii=False)
    inner = indent + '  '
    if isinstance(obj, dict):
        items = [inner + json.dumps(k, ensure_ascii=False) + ': ' + fmt(v, depth + 1, expand, inner) for k, v in obj.items()]
        return '{\n' + ',\n'.join(items) + '\n' + indent + '}'
    items = [inner + fmt(v, depth + 1, expand, inner) for v in obj]
    return '[\n' + ',\n'.join(items) + '\n' + indent + ']'


def dump(obj, path, expand):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(fmt(obj, 0, expand) + '\n')


def series_of(name):
    """Standard_E4-2s_v5 -> Esv5, Standard_NC24ads_A100_v4 -> NCadsA100v4, Standard_DS1_v2 -> DSv2, Standard_M64ms -> Mms."""
    parts = name[len('Standard_'):].split('_')
    version = parts.pop() if len(parts) > 1 and re.fullmatch(r'v\d+', parts[-1]) else ''
    m = re.fullmatch(r'([A-Z]+)(\d+)(?:-\d+)?([a-z]*)(.*)', parts[0])
    if not m:
        return None
    return m.group(1) + m.group(3) + m.group(4) + ''.join(parts[1:]) + version


def category(series):
    if series.startswith('B'):
        return 'BURSTABLE'
    if series.startswith(('N', 'PB')):
        return 'ACCELERATED'
    if series.startswith('H'):
        return 'HIGH_PERFORMANCE'
    if series.startswith(('E', 'M', 'G')):
        return 'MEMORY_OPTIMIZED'
    if series.startswith('F'):
        return 'COMPUTE_OPTIMIZED'
    if series.startswith('L'):
        return 'STORAGE_OPTIMIZED'
    return 'GENERAL_PURPOSE'


def features(specs):
    gens = sorted(g for g in (specs.get('HyperVGenerations') or 'V1').split(',') if g)
    return {
        'premiumStorage': bool(specs.get('PremiumIO')),
        'acceleratedNetworking': 'SUPPORTED' if specs.get('AcceleratedNetworkingEnabled') else 'NOT_SUPPORTED',
        'hyperVGenerations': gens,
        'architecture': 'ARM64' if (specs.get('CpuArchitectureType') or 'x64').lower() == 'arm64' else 'X64',
    }


def num(v):
    if v is None:
        return None
    f = float(v)
    return int(f) if f == int(f) else f


def size_entry(e):
    s = e['specs']
    vcpus = int(s.get('vCPUsAvailable') or s['vCPUs'])
    bps = s.get('UncachedDiskBytesPerSecond')
    resource_mb = s.get('MaxResourceVolumeMB')
    return {
        'name': e['name'], 'vcpus': vcpus, 'memoryGiB': num(s['MemoryGB']),
        'tempDiskGiB': None if resource_mb is None else num(round(float(resource_mb) / 1024, 3)),
        'maxDataDisks': num(s.get('MaxDataDiskCount')), 'uncachedIops': num(s.get('UncachedDiskIOPS')),
        'uncachedMBps': None if bps is None else num(round(float(bps) / 1e6, 3)),
        'burstIops': None, 'burstMBps': None, 'maxNics': num(s.get('MaxNetworkInterfaces')), 'networkMbps': None,
    }


def widen_sizes():
    sizes = load(os.path.join(CAT, 'vm-sizes.json'))
    skus = load(os.path.join(FIX, 'vm-capabilities', 'flexera-azure_compute_instance_types.json'))
    have = {s['name'] for b in sizes['series'] for s in b['sizes']}
    blocks = {b['series'].lower(): b for b in sizes['series']}
    sizes.setdefault('sources', {})['resourceSkusRecorded'] = SKUS_SOURCE
    added = 0
    for e in sorted(skus, key=lambda x: x['name']):
        if e['name'] in have or e.get('tier') != 'Standard' or not e['name'].startswith('Standard_'):
            continue
        series = series_of(e['name'])
        if series is None or float(e['specs'].get('MemoryGB') or 0) <= 0:
            continue
        f = features(e['specs'])
        entry = size_entry(e)
        block = blocks.get(series.lower())
        if block is None:
            block = {'series': series, 'family': re.match(r'[A-Z]+', series).group(0), 'category': category(series),
                     **f, 'source': SKUS_SOURCE,
                     'note': 'Sizes from the Resource SKUs API (no series page transcribed): network bandwidth and burst'
                             ' figures are not in the API; vCPUs are vCPUsAvailable (constrained-core sizes).',
                     'sizes': []}
            blocks[series.lower()] = block
            sizes['series'].append(block)
        else:
            if block['source'] != SKUS_SOURCE:
                entry['source'] = 'resourceSkusRecorded'
        for k, v in f.items():
            if block[k] != v:
                entry[k] = v
        block['sizes'].append(entry)
        have.add(e['name'])
        added += 1
    dump(sizes, os.path.join(CAT, 'vm-sizes.json'), 4)
    return added, len(have)


def widen_regions(all_sizes):
    doc = load(os.path.join(CAT, 'vm-regions.json'))
    by_size = {k: set(v) for k, v in doc['sizes'].items()}
    for s in by_size.values():
        s.difference_update(REGIONS)
    for r in REGIONS:
        for sku in load(os.path.join(FIX, 'sku-availability', 'djtools-%s.json' % r))['skus']:
            if sku['name'] in all_sizes:
                by_size.setdefault(sku['name'], set()).add(r)
    was = doc['source']['title'] + ' (' + doc['dataDate'] + ')'
    if not doc['description'].startswith('Regions ' + ', '.join(REGIONS)):
        doc['description'] = ('Regions ' + ', '.join(REGIONS) + ' from az vm list-skus of 2026-08-01 (a size missing'
                              ' there is not offered there); other regions as in: ' + was
                              + '. Sizes not listed at all have unknown availability.')
        doc['dataDate'] = '2026-08-01'
        doc['source'] = DJTOOLS_SOURCE
    doc['sizes'] = {k: sorted(v) for k, v in sorted(by_size.items()) if v}
    dump(doc, os.path.join(CAT, 'vm-regions.json'), 2)
    return len(doc['sizes'])


def tiers_from_skus():
    doc = load(os.path.join(CAT, 'disk-tiers.json'))
    rows = load(os.path.join(FIX, 'sku-availability', 'djtools-westeurope-disks.json'))['disks']
    lrs = {r['size']: r for r in rows if r['name'].endswith('_LRS')}
    changed = []
    for t in doc['tiers']:
        r = lrs.get(t['name'])
        if r is None:
            continue
        new = {'sizeGiB': r['maxSizeGiB'], 'iops': r['maxIOPS'], 'mbps': num(r['maxThroughputMBps'])}
        if r['burstIOPS']:
            new['burstIops'] = r['burstIOPS']
            new['burstMBps'] = num(r['burstThroughputMBps'])
        for k, v in new.items():
            if t.get(k) != v:
                changed.append('%s %s %s -> %s' % (t['name'], k, t.get(k), v))
                t[k] = v
        t['source'] = 'resourceSkusRecorded'
    doc['sources']['resourceSkusRecorded'] = DISK_SOURCE
    dump(doc, os.path.join(CAT, 'disk-tiers.json'), 3)
    return changed


if __name__ == '__main__':
    added, total = widen_sizes()
    print('vm-sizes.json: %d sizes added, %d in all' % (added, total))
    sizes = {s['name'] for b in load(os.path.join(CAT, 'vm-sizes.json'))['series'] for s in b['sizes']}
    print('vm-regions.json: %d sizes with regions' % widen_regions(sizes))
    for c in tiers_from_skus():
        print('disk-tiers.json: ' + c)
