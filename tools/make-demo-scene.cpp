// shotscape-make-demo-scene OUT.jpg [WIDTH] [--position X,Y,Z]
// Renders the demo shot (public/demo/manifest.json is authored by hand beside it): a synthetic 360° film set — a lamp-lit apartment interior at night with
// a dining table, a clapperboard, chairs, a sofa, a bookcase, a window onto a blue city night,
// and the film crew's kit (a camera on a tripod, a softbox, a director's chair) — as an
// equirectangular JPEG, ray traced with soft shadows and ambient occlusion. Deterministic: the
// same arguments give the same file. Yaw 0 (the image centre) looks at the table and the window.
// --position: where the camera stands, in the shot's space as manifests give it (metres; x right, y
// up, z forward toward the window; default 0,1.5,0, the room's middle), so the tour's scenes are the
// same set seen from several places, their positions exact. Every image has heading 0.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <glm/geometric.hpp>
#include <glm/vec3.hpp>

#include "common/Raster.h"
#include "core/math/Projection.h"

using glm::dvec3;
using namespace shotscape;
using namespace shotscape::tools;

namespace {

enum class Pattern { Plain, Planks, Rug, Books, Clapper, Plaster, Wallpaper, Window, Screen };

struct Material {
  dvec3 albedo{0.6};
  dvec3 emission{0.0};
  Pattern pattern = Pattern::Plain;
};

struct Box {
  dvec3 lo, hi;
  Material m;
};
struct Sphere {
  dvec3 c;
  double r;
  Material m;
};
struct Cylinder { // vertical, capped
  dvec3 base;
  double r, h;
  Material m;
};

struct Light {
  dvec3 centre;
  dvec3 halfU{0.0}, halfV{0.0}; // area light extents (zero: point light)
  dvec3 power;                  // radiant intensity, linear RGB
};

struct Hit {
  double t = 1e30;
  dvec3 n{0.0};
  const Material* m = nullptr;
};

struct Scene {
  std::vector<Box> boxes;
  std::vector<Sphere> spheres;
  std::vector<Cylinder> cylinders;
  std::vector<Light> lights;
};

// Room extents, metres: the camera stands at (0, 1.5, 0).
constexpr double kMinX = -4.5, kMaxX = 4.5, kMinZ = -5.5, kMaxZ = 4.0, kCeiling = 3.4;

dvec3 rgb(double r, double g, double b) { return {r, g, b}; }
dvec3 rgb(double grey) { return {grey, grey, grey}; }

double hash(double x, double y, double z) {
  const double s = std::sin(x * 127.1 + y * 311.7 + z * 74.7) * 43758.5453;
  return s - std::floor(s);
}

bool intersectBox(const Box& b, const dvec3& o, const dvec3& d, double tMax, Hit& hit) {
  double t0 = 1e-4, t1 = tMax;
  int axis = -1;
  double sign = 0;
  for (int a = 0; a < 3; ++a) {
    const double inv = 1.0 / d[a];
    double tn = (b.lo[a] - o[a]) * inv, tf = (b.hi[a] - o[a]) * inv;
    double s = -1.0;
    if (tn > tf) { std::swap(tn, tf); s = 1.0; }
    if (tn > t0) { t0 = tn; axis = a; sign = s; }
    t1 = std::min(t1, tf);
    if (t0 > t1) return false;
  }
  if (axis < 0) { // inside the box (the room shell): take the far face
    double best = tMax;
    for (int a = 0; a < 3; ++a) {
      const double inv = 1.0 / d[a];
      const double tf = std::max((b.lo[a] - o[a]) * inv, (b.hi[a] - o[a]) * inv);
      if (tf < best) { best = tf; axis = a; sign = d[a] > 0 ? -1.0 : 1.0; }
    }
    if (best >= hit.t) return false;
    hit.t = best;
  } else {
    if (t0 >= hit.t) return false;
    hit.t = t0;
  }
  hit.n = dvec3(0.0);
  hit.n[axis] = sign;
  hit.m = &b.m;
  return true;
}

bool intersectSphere(const Sphere& s, const dvec3& o, const dvec3& d, Hit& hit) {
  const dvec3 oc = o - s.c;
  const double b = glm::dot(oc, d), c = glm::dot(oc, oc) - s.r * s.r;
  const double disc = b * b - c;
  if (disc < 0) return false;
  const double t = -b - std::sqrt(disc);
  if (t < 1e-4 || t >= hit.t) return false;
  hit.t = t;
  hit.n = glm::normalize(o + d * t - s.c);
  hit.m = &s.m;
  return true;
}

bool intersectCylinder(const Cylinder& c, const dvec3& o, const dvec3& d, Hit& hit) {
  bool found = false;
  const double ox = o.x - c.base.x, oz = o.z - c.base.z;
  const double a = d.x * d.x + d.z * d.z;
  if (a > 1e-12) {
    const double b = ox * d.x + oz * d.z, cc = ox * ox + oz * oz - c.r * c.r;
    const double disc = b * b - a * cc;
    if (disc >= 0) {
      const double t = (-b - std::sqrt(disc)) / a;
      const double y = o.y + d.y * t;
      if (t > 1e-4 && t < hit.t && y >= c.base.y && y <= c.base.y + c.h) {
        hit.t = t;
        hit.n = glm::normalize(dvec3(ox + d.x * t, 0.0, oz + d.z * t));
        hit.m = &c.m;
        found = true;
      }
    }
  }
  for (double capY : {c.base.y, c.base.y + c.h}) {
    if (std::abs(d.y) < 1e-12) break;
    const double t = (capY - o.y) / d.y;
    if (t < 1e-4 || t >= hit.t) continue;
    const double x = ox + d.x * t, z = oz + d.z * t;
    if (x * x + z * z > c.r * c.r) continue;
    hit.t = t;
    hit.n = dvec3(0.0, capY > c.base.y ? 1.0 : -1.0, 0.0);
    hit.m = &c.m;
    found = true;
  }
  return found;
}

bool trace(const Scene& scene, const dvec3& o, const dvec3& d, double tMax, Hit& hit) {
  hit.t = tMax;
  bool any = false;
  for (const auto& b : scene.boxes) any = intersectBox(b, o, d, tMax, hit) || any;
  for (const auto& s : scene.spheres) any = intersectSphere(s, o, d, hit) || any;
  for (const auto& c : scene.cylinders) any = intersectCylinder(c, o, d, hit) || any;
  return any;
}

dvec3 albedoAt(const Material& m, const dvec3& p, const dvec3& n) {
  switch (m.pattern) {
    case Pattern::Plain: return m.albedo;
    case Pattern::Wallpaper: {
      // Vertical damask-ish stripes above a plain dado.
      if (p.y < 0.95) return rgb(0.30, 0.20, 0.14);
      const double along = std::abs(n.x) > 0.5 ? p.z : p.x;
      const double stripe = std::fmod(std::abs(along) + 10.0, 0.3) < 0.15 ? 1.0 : 0.86;
      const double motif = 0.93 + 0.07 * std::sin(along * 42.0) * std::sin(p.y * 30.0);
      return m.albedo * stripe * motif;
    }
    case Pattern::Plaster: return m.albedo * (0.94 + 0.06 * hash(std::floor(p.x * 40), std::floor(p.y * 40), std::floor(p.z * 40)));
    case Pattern::Planks: {
      const double plank = std::floor(p.x / 0.18);
      const double seam = std::fmod(std::abs(p.x), 0.18) < 0.006 ? 0.55 : 1.0;
      const double offset = hash(plank, 0, 0) * 3.0;
      const double end = std::fmod(std::abs(p.z + offset), 2.4) < 0.01 ? 0.6 : 1.0;
      const double grain = 0.9 + 0.1 * std::sin(p.z * 9.0 + hash(plank, 1, 0) * 20.0);
      return m.albedo * (0.8 + 0.4 * hash(plank, 2, 0)) * grain * seam * end;
    }
    case Pattern::Rug: {
      const double u = p.x, v = p.z + 2.0;
      const double border = (std::abs(u) > 1.25 || std::abs(v) > 0.85) ? 1.0 : 0.0;
      const double diamond = std::fmod(std::abs(u * 2.5) + std::abs(v * 2.5), 1.0) < 0.5 ? 1.0 : 0.0;
      if (border > 0) return rgb(0.45, 0.33, 0.12);
      return diamond > 0 ? rgb(0.42, 0.06, 0.05) : rgb(0.55, 0.42, 0.30);
    }
    case Pattern::Books: {
      const double book = std::floor(p.z / 0.045);
      const double shade = hash(book, std::floor(p.y / 0.36), 3);
      const dvec3 palette[] = {rgb(0.45, 0.08, 0.06), rgb(0.08, 0.18, 0.35), rgb(0.12, 0.30, 0.14), rgb(0.55, 0.45, 0.25),
                               rgb(0.20, 0.12, 0.08), rgb(0.60, 0.55, 0.48)};
      return palette[static_cast<int>(shade * 6) % 6];
    }
    case Pattern::Clapper: {
      const double stripe = std::floor((p.x + p.y) / 0.035);
      const bool top = p.y > 0.93;
      if (top) return static_cast<long>(stripe) % 2 ? rgb(0.85, 0.85, 0.85) : rgb(0.02, 0.02, 0.02);
      return rgb(0.03, 0.03, 0.03);
    }
    case Pattern::Window: return m.albedo;
    case Pattern::Screen: return m.albedo;
  }
  (void)n;
  return m.albedo;
}

// The night city through the window: a deep blue sky and lit windows in far towers.
dvec3 windowView(const dvec3& p) {
  const double h = std::clamp((p.y - 0.9) / 1.8, 0.0, 1.0);
  dvec3 sky = glm::mix(rgb(0.10, 0.12, 0.30), rgb(0.01, 0.02, 0.08), h);
  const double tower = std::floor(p.x / 0.22);
  const double towerTop = 1.2 + hash(tower, 7, 1) * 0.9;
  if (p.y < towerTop) {
    sky = rgb(0.015, 0.015, 0.03);
    const bool lit = hash(std::floor(p.x / 0.05), std::floor(p.y / 0.07), 5) > 0.72 &&
                     std::fmod(p.x, 0.05) > 0.02 && std::fmod(p.y, 0.07) > 0.03;
    if (lit) sky = rgb(1.2, 0.85, 0.45);
  }
  return sky * 1.4;
}

Scene buildScene() {
  Scene s;
  const Material wall{rgb(0.36, 0.40, 0.33), {}, Pattern::Wallpaper};
  const Material ceiling{rgb(0.62, 0.60, 0.56), {}, Pattern::Plaster};
  const Material floor{rgb(0.42, 0.25, 0.13), {}, Pattern::Planks};
  const Material wood{rgb(0.30, 0.17, 0.08)};
  const Material darkWood{rgb(0.14, 0.08, 0.05)};
  const Material fabric{rgb(0.16, 0.28, 0.30)};
  const Material metal{rgb(0.05, 0.05, 0.06)};
  const Material canvas{rgb(0.55, 0.48, 0.36)};
  const Material trim{rgb(0.70, 0.68, 0.62)};

  // The room shell (seen from inside) and its floor.
  s.boxes.push_back({{kMinX, -0.5, kMinZ}, {kMaxX, kCeiling + 0.5, kMaxZ}, wall});
  s.boxes.push_back({{kMinX, -0.1, kMinZ}, {kMaxX, 0.0, kMaxZ}, floor});
  s.boxes.push_back({{kMinX, kCeiling, kMinZ}, {kMaxX, kCeiling + 0.1, kMaxZ}, ceiling});
  // Skirting board and crown moulding.
  for (const auto& [lo, hi] : {std::pair{dvec3{kMinX, 0, kMinZ}, dvec3{kMaxX, 0.12, kMinZ + 0.02}},
                               std::pair{dvec3{kMinX, 0, kMaxZ - 0.02}, dvec3{kMaxX, 0.12, kMaxZ}},
                               std::pair{dvec3{kMinX, 0, kMinZ}, dvec3{kMinX + 0.02, 0.12, kMaxZ}},
                               std::pair{dvec3{kMaxX - 0.02, 0, kMinZ}, dvec3{kMaxX, 0.12, kMaxZ}}})
    s.boxes.push_back({lo, hi, trim});
  // The window in the far wall (yaw 0), with its frame and mullions.
  s.boxes.push_back({{-1.3, 0.9, kMinZ - 0.01}, {1.3, 2.7, kMinZ + 0.005}, {rgb(0), rgb(0), Pattern::Window}});
  s.boxes.push_back({{-1.4, 0.82, kMinZ}, {1.4, 0.9, kMinZ + 0.12}, trim});
  s.boxes.push_back({{-0.03, 0.9, kMinZ}, {0.03, 2.7, kMinZ + 0.06}, trim});
  s.boxes.push_back({{-1.3, 1.78, kMinZ}, {1.3, 1.84, kMinZ + 0.06}, trim});
  // A door on the left wall (yaw -90) and a framed poster on the right (yaw 90).
  s.boxes.push_back({{kMinX, 0.0, -1.5}, {kMinX + 0.04, 2.2, -0.5}, darkWood});
  s.spheres.push_back({{kMinX + 0.08, 1.05, -0.62}, 0.04, {rgb(0.8, 0.6, 0.2)}});
  s.boxes.push_back({{kMaxX - 0.03, 1.1, -1.2}, {kMaxX, 2.3, -0.3}, darkWood});
  s.boxes.push_back({{kMaxX - 0.04, 1.16, -1.14}, {kMaxX - 0.01, 2.24, -0.36}, {rgb(0.55, 0.12, 0.08)}});
  s.boxes.push_back({{kMaxX - 0.05, 1.5, -0.95}, {kMaxX - 0.02, 1.9, -0.55}, {rgb(0.85, 0.75, 0.45)}});

  // The dining table ahead, a rug beneath it, two chairs.
  s.boxes.push_back({{-1.4, 0.0, -2.9}, {1.4, 0.01, -1.1}, {rgb(0.5), {}, Pattern::Rug}});
  s.boxes.push_back({{-0.9, 0.74, -2.4}, {0.9, 0.79, -1.6}, wood});
  for (double x : {-0.85, 0.80})
    for (double z : {-2.35, -1.70}) s.boxes.push_back({{x, 0.01, z}, {x + 0.05, 0.74, z + 0.05}, darkWood});
  for (double x : {-1.3, 1.0}) {
    s.boxes.push_back({{x, 0.44, -2.2}, {x + 0.3, 0.48, -1.8}, darkWood});
    const double back = x < 0 ? x : x + 0.26;
    s.boxes.push_back({{back, 0.48, -2.2}, {back + 0.04, 1.0, -1.8}, darkWood});
    for (double lx : {x, x + 0.26})
      for (double lz : {-2.2, -1.84}) s.boxes.push_back({{lx, 0.01, lz}, {lx + 0.04, 0.44, lz + 0.04}, darkWood});
  }
  // On the table: the clapperboard, a bottle, two glasses, a script.
  s.boxes.push_back({{-0.25, 0.79, -2.05}, {0.05, 0.96, -2.03}, {rgb(0.1), {}, Pattern::Clapper}});
  s.boxes.push_back({{-0.25, 0.96, -2.05}, {0.05, 1.0, -2.03}, {rgb(0.1), {}, Pattern::Clapper}});
  s.cylinders.push_back({{0.35, 0.79, -2.1}, 0.04, 0.26, {rgb(0.05, 0.20, 0.08)}});
  s.cylinders.push_back({{0.5, 0.79, -1.9}, 0.035, 0.1, {rgb(0.75, 0.75, 0.78)}});
  s.cylinders.push_back({{-0.5, 0.79, -1.95}, 0.035, 0.1, {rgb(0.75, 0.75, 0.78)}});
  s.boxes.push_back({{0.1, 0.79, -1.85}, {0.32, 0.81, -1.7}, {rgb(0.85, 0.83, 0.78)}});

  // The pendant lamp over the table.
  s.cylinders.push_back({{0.0, 2.6, -2.0}, 0.006, kCeiling - 2.6, metal});
  s.spheres.push_back({{0.0, 2.45, -2.0}, 0.16, {rgb(0.9), rgb(6.0, 4.6, 2.8)}});
  s.lights.push_back({{0.0, 2.45, -2.0}, {0.12, 0, 0}, {0, 0, 0.12}, rgb(5.0, 3.8, 2.3)});

  // The sofa behind the viewer (yaw 180) with cushions, and a coffee table.
  s.boxes.push_back({{-1.6, 0.0, 2.6}, {1.6, 0.45, 3.5}, fabric});
  s.boxes.push_back({{-1.6, 0.45, 3.25}, {1.6, 1.0, 3.6}, fabric});
  s.boxes.push_back({{-1.75, 0.0, 2.6}, {-1.6, 0.7, 3.6}, fabric});
  s.boxes.push_back({{1.6, 0.0, 2.6}, {1.75, 0.7, 3.6}, fabric});
  s.boxes.push_back({{-1.2, 0.45, 2.9}, {-0.5, 0.75, 3.2}, {rgb(0.65, 0.45, 0.15)}});
  s.boxes.push_back({{0.6, 0.45, 2.9}, {1.3, 0.75, 3.2}, {rgb(0.55, 0.15, 0.12)}});
  s.boxes.push_back({{-0.6, 0.35, 1.6}, {0.6, 0.4, 2.2}, darkWood});
  for (double x : {-0.55, 0.5})
    for (double z : {1.65, 2.1}) s.boxes.push_back({{x, 0.0, z}, {x + 0.05, 0.35, z + 0.05}, darkWood});

  // The bookcase on the left wall (yaw about -120).
  s.boxes.push_back({{kMinX, 0.0, 1.0}, {kMinX + 0.4, 2.2, 2.6}, darkWood});
  for (int shelf = 0; shelf < 5; ++shelf) {
    const double y = 0.12 + shelf * 0.42;
    s.boxes.push_back({{kMinX + 0.38, y, 1.05}, {kMinX + 0.42, y + 0.3, 2.55}, {rgb(0.5), {}, Pattern::Books}});
  }

  // A floor lamp in the corner right of the window.
  s.cylinders.push_back({{3.6, 0.0, -4.6}, 0.15, 0.03, metal});
  s.cylinders.push_back({{3.6, 0.03, -4.6}, 0.015, 1.45, metal});
  s.cylinders.push_back({{3.6, 1.45, -4.6}, 0.22, 0.3, {rgb(0.9, 0.8, 0.6), rgb(2.2, 1.6, 0.9)}});
  s.lights.push_back({{3.6, 1.6, -4.6}, {0.1, 0, 0}, {0, 0, 0.1}, rgb(2.2, 1.5, 0.8)});
  // A plant left of the window.
  s.cylinders.push_back({{-3.3, 0.0, -4.7}, 0.22, 0.45, {rgb(0.45, 0.22, 0.12)}});
  s.spheres.push_back({{-3.3, 0.95, -4.7}, 0.5, {rgb(0.08, 0.22, 0.07)}});
  s.spheres.push_back({{-3.05, 1.3, -4.5}, 0.32, {rgb(0.10, 0.28, 0.08)}});

  // The crew's kit on the right (yaw 60–120): a cine camera on a tripod aimed at the table,
  // a softbox on a stand, and the director's chair.
  for (double a : {0.0, 2.1, 4.2}) {
    const dvec3 foot{2.2 + 0.22 * std::cos(a), 0.0, -0.6 + 0.22 * std::sin(a)};
    s.cylinders.push_back({foot, 0.02, 1.25, metal});
  }
  s.boxes.push_back({{2.0, 1.25, -0.85}, {2.4, 1.5, -0.35}, metal});
  s.cylinders.push_back({{2.2, 1.5, -0.6}, 0.14, 0.12, metal});
  s.boxes.push_back({{2.05, 1.3, -0.95}, {2.35, 1.45, -0.85}, {rgb(0.02)}});
  s.boxes.push_back({{2.12, 1.28, -1.2}, {2.28, 1.47, -0.95}, {rgb(0.03)}});
  s.cylinders.push_back({{3.3, 0.0, 0.9}, 0.02, 1.9, metal});
  s.boxes.push_back({{3.0, 1.75, 0.55}, {3.6, 2.45, 0.62}, {rgb(0.9), rgb(3.5, 3.4, 3.2)}});
  s.boxes.push_back({{3.0, 1.75, 0.62}, {3.6, 2.45, 0.9}, metal});
  s.lights.push_back({{3.3, 2.1, 0.5}, {0.3, 0, 0}, {0, 0.35, 0}, rgb(1.6, 1.6, 1.5)});
  s.boxes.push_back({{2.3, 0.45, 1.4}, {2.85, 0.5, 1.9}, canvas});
  s.boxes.push_back({{2.3, 0.5, 1.85}, {2.85, 0.95, 1.9}, canvas});
  for (double x : {2.3, 2.8}) {
    s.boxes.push_back({{x, 0.0, 1.4}, {x + 0.05, 0.45, 1.44}, wood});
    s.boxes.push_back({{x, 0.0, 1.86}, {x + 0.05, 0.95, 1.9}, wood});
  }

  // Moonlight through the window.
  s.lights.push_back({{0.0, 1.8, kMinZ + 0.05}, {1.2, 0, 0}, {0, 0.85, 0}, rgb(0.35, 0.45, 0.9)});
  return s;
}

struct Job {
  const Scene* scene;
  Raster* out;
  dvec3 eye;
};

dvec3 shade(const Scene& scene, const dvec3& eye, const dvec3& dir, int pixelSeed) {
  Hit hit;
  if (!trace(scene, eye, dir, 1e6, hit)) return rgb(0);
  const dvec3 p = eye + dir * hit.t;
  const dvec3 n = glm::dot(hit.n, dir) > 0 ? -hit.n : hit.n;
  if (hit.m->pattern == Pattern::Window) return windowView(p);
  if (glm::length(hit.m->emission) > 0) return hit.m->emission;
  const dvec3 albedo = albedoAt(*hit.m, p, n);

  dvec3 light(0.0);
  const dvec3 from = p + n * 1e-3;
  for (size_t li = 0; li < scene.lights.size(); ++li) {
    const Light& L = scene.lights[li];
    constexpr int kSamples = 6;
    dvec3 sum(0.0);
    for (int s = 0; s < kSamples; ++s) {
      const double a = hash(pixelSeed, li * 7 + s, 1) * 2 - 1, b = hash(pixelSeed, li * 7 + s, 2) * 2 - 1;
      const dvec3 target = L.centre + L.halfU * a + L.halfV * b;
      dvec3 toLight = target - from;
      const double dist = glm::length(toLight);
      toLight /= dist;
      const double cosine = glm::dot(n, toLight);
      if (cosine <= 0) continue;
      Hit blocker;
      if (trace(scene, from, toLight, dist - 0.2, blocker) && glm::length(blocker.m->emission) == 0) continue;
      sum += L.power * cosine / (dist * dist);
    }
    light += sum / double(kSamples);
  }
  // Ambient bounce light, darkened in corners and under furniture by short occlusion rays.
  const dvec3 t = std::abs(n.y) < 0.9 ? glm::normalize(glm::cross(n, dvec3(0, 1, 0))) : dvec3(1, 0, 0);
  const dvec3 bt = glm::cross(n, t);
  constexpr int kAo = 6;
  double open = 0;
  for (int s = 0; s < kAo; ++s) {
    const double u = hash(pixelSeed, s, 11), v = hash(pixelSeed, s, 12);
    const double r = std::sqrt(u), phi = 6.2831853 * v;
    const dvec3 d = glm::normalize(t * (r * std::cos(phi)) + bt * (r * std::sin(phi)) + n * std::sqrt(1 - u));
    Hit h;
    open += trace(scene, from, d, 0.7, h) ? 0.0 : 1.0;
  }
  const dvec3 ambient = rgb(0.05, 0.048, 0.055) * (0.25 + 0.75 * open / kAo);
  return albedo * (light + ambient);
}

dvec3 toneMap(const dvec3& c) {
  const dvec3 x = c * 1.6;
  return x / (x + dvec3(1.0)) * 1.15;
}

void renderRow(int y, void* context) {
  const auto& job = *static_cast<Job*>(context);
  Raster& out = *job.out;
  for (int x = 0; x < out.width; ++x) {
    dvec3 sum(0.0);
    // Two samples per pixel on a rotated grid.
    for (int s = 0; s < 2; ++s) {
      const double jx = s ? 0.25 : 0.75, jy = s ? 0.75 : 0.25;
      const glm::dvec2 uv{(x + jx) / out.width, (y + jy) / out.height};
      const dvec3 dir = directionFromYawPitch(yawPitchFromEquirectUv(uv));
      sum += shade(*job.scene, job.eye, dir, (y * out.width + x) * 2 + s);
    }
    const dvec3 c = toneMap(sum * 0.5);
    out.set(x, y, {float(c.r), float(c.g), float(c.b)});
  }
}

} // namespace

int main(int argc, char** argv) {
  dvec3 position(0.0, 1.5, 0.0);
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--position" && i + 1 < argc) {
      if (std::sscanf(argv[++i], "%lf,%lf,%lf", &position.x, &position.y, &position.z) != 3 ||
          std::abs(position.x) > 4.3 || position.y < 0.2 || position.y > 3.2 || position.z < -3.8 || position.z > 5.3) {
        std::fprintf(stderr, "error: --position X,Y,Z must lie inside the room (metres)\n");
        return 2;
      }
    } else {
      args.push_back(argv[i]);
    }
  }
  if (args.empty() || args.size() > 2) {
    std::fprintf(stderr, "usage: %s OUT.jpg [WIDTH] [--position X,Y,Z]\n", argv[0]);
    return 2;
  }
  const int width = args.size() > 1 ? std::atoi(args[1].c_str()) : 4096;
  if (width < 64 || width > 16384 || width % 2) {
    std::fprintf(stderr, "error: WIDTH must be an even number in [64, 16384]\n");
    return 2;
  }
  const std::string out = args[0];
  if (const size_t slash = out.find_last_of('/'); slash != std::string::npos) {
    std::error_code ignored;
    std::filesystem::create_directories(out.substr(0, slash), ignored);
  }
  const Scene scene = buildScene();
  Raster raster(width, width / 2);
  // The renderer's world looks down -z at yaw 0; the shot's space looks down +z.
  Job job{&scene, &raster, {position.x, position.y, -position.z}};
  forEachRow(raster.height, renderRow, &job);
  if (!raster.writeJpeg(out.c_str(), 86)) return 1;
  std::printf("wrote %s (%dx%d)\n", out.c_str(), raster.width, raster.height);
  return 0;
}
