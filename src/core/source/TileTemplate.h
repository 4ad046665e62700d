#pragma once
// A multires scene's tile URL template in one of the three layouts (Manifest.h, TileLayout):
// checked once when the manifest is read, expanded per tile when one is fetched.

#include <string>
#include <string_view>

#include "core/geometry/Geometry.h"
#include "core/manifest/Manifest.h"

namespace shotscape {

// "" when `url` is a usable template for `layout`; else why not, in words (an unknown placeholder,
// or one missing so that tiles would share a URL).
std::string tileTemplateProblem(std::string_view url, TileLayout layout);
// The URL of one tile: level (from 0 or 1 as the layout counts), face letter, column, row.
std::string expandTileTemplate(std::string_view url, TileLayout layout, const TileId& tile);
// The face letters in TileId order.
inline constexpr char kFaceLetters[7] = "frblud";

} // namespace shotscape
