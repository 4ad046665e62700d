#pragma once
// Image files in and out for shotscape-tile, through Debian's codec libraries: libjpeg-turbo (JPEG
// in and out), libpng (PNG in), libwebp (WebP in and out), libtiff (TIFF in). Pixels are 8-bit RGB,
// rows top first.

#include <atomic>
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
// the header). False with `error` set when decoding fails. `rowsDone`, if given, counts the rows
// already in `rgb` as decoding goes (JPEG and TIFF row by row or strip by strip, PNG and WebP at the
// end) and is notified; it ends at the height whether decoding succeeded or not, so a thread
// waiting on it always wakes.
bool decodeImage(const std::string& path, const ImageHeader& header, std::uint8_t* rgb, std::string& error,
                 std::atomic<int>* rowsDone = nullptr);

// Encodes `width` × `height` RGB pixels (rows `stride` bytes apart) as JPEG or WebP at `quality`
// (1–100) into `out`.
bool encodeJpeg(const std::uint8_t* rgb, int width, int height, int stride, int quality, std::vector<std::uint8_t>& out);
bool encodeWebp(const std::uint8_t* rgb, int width, int height, int stride, int quality, std::vector<std::uint8_t>& out);

} // namespace shotscape::tools
