#pragma once
// Image files in and out for shotscape-tile, through Debian's codec libraries: libjpeg-turbo (JPEG
// in and out), libpng (PNG in), libwebp (WebP in and out), libtiff (TIFF in). Pixels are 8-bit RGB,
// rows top first.

#include <cstdint>
#include <string>
#include <vector>

namespace shotscape::tools {

struct ImageHeader {
  int width = 0;
  int height = 0;
  std::string format; // "jpeg", "png", "webp", "tiff"
};

// Reads only the header. False with `error` set when the file is missing or not a supported image.
bool readImageHeader(const std::string& path, ImageHeader& header, std::string& error);
// Decodes the whole image into `rgb` (width × height × 3 bytes, already sized by the caller from
// the header). False with `error` set when decoding fails.
bool decodeImage(const std::string& path, const ImageHeader& header, std::uint8_t* rgb, std::string& error);

// Encodes `width` × `height` RGB pixels (rows `stride` bytes apart) as JPEG or WebP at `quality`
// (1–100) into `out`.
bool encodeJpeg(const std::uint8_t* rgb, int width, int height, int stride, int quality, std::vector<std::uint8_t>& out);
bool encodeWebp(const std::uint8_t* rgb, int width, int height, int stride, int quality, std::vector<std::uint8_t>& out);

} // namespace shotscape::tools
