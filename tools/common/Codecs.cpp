#include "common/Codecs.h"

#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <memory>

#include <jpeglib.h>
#include <jerror.h>
#include <png.h>
#include <tiffio.h>
#include <webp/decode.h>
#include <webp/encode.h>

namespace shotscape::tools {

namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

// libjpeg reports errors through a callback that must not return: jump back to the caller.
struct JpegError {
  jpeg_error_mgr base;
  std::jmp_buf jump;
  char message[JMSG_LENGTH_MAX];
};
void jpegFail(j_common_ptr info) {
  auto* e = reinterpret_cast<JpegError*>(info->err);
  info->err->format_message(info, e->message);
  std::longjmp(e->jump, 1);
}

// A damaged file (cut short, corrupt entropy data) is only a warning to libjpeg, which fills the
// rest with grey: here it is an error, so no tiles are cut from half an image. Extraneous bytes
// between markers (common in cameras' files, harmless) stay a warning, silenced.
void jpegWarn(j_common_ptr info, int level) {
  if (level == -1 && info->err->msg_code != JWRN_EXTRANEOUS_DATA) jpegFail(info);
}

bool readAll(const std::string& path, std::vector<std::uint8_t>& bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  bytes.assign(std::istreambuf_iterator<char>(in), {});
  return true;
}

std::string sniff(const std::uint8_t* b, size_t n) {
  if (n >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return "jpeg";
  if (n >= 8 && std::memcmp(b, "\x89PNG\r\n\x1a\n", 8) == 0) return "png";
  if (n >= 12 && std::memcmp(b, "RIFF", 4) == 0 && std::memcmp(b + 8, "WEBP", 4) == 0) return "webp";
  if (n >= 4 && (std::memcmp(b, "II*\0", 4) == 0 || std::memcmp(b, "MM\0*", 4) == 0)) return "tiff";
  if (n >= 4 && (std::memcmp(b, "II+\0", 4) == 0 || std::memcmp(b, "MM\0+", 4) == 0)) return "tiff"; // BigTIFF
  return "";
}

// Opens a JPEG decompressor on `file`, header read. Returns false with `error` set.
template <typename Body>
bool withJpeg(std::FILE* file, std::string& error, Body body) {
  jpeg_decompress_struct info;
  JpegError err;
  info.err = jpeg_std_error(&err.base);
  err.base.error_exit = jpegFail;
  err.base.emit_message = jpegWarn;
  if (setjmp(err.jump)) {
    error = std::string("JPEG: ") + err.message;
    jpeg_destroy_decompress(&info);
    return false;
  }
  jpeg_create_decompress(&info);
  jpeg_stdio_src(&info, file);
  jpeg_read_header(&info, TRUE);
  body(info);
  jpeg_destroy_decompress(&info);
  return true;
}

void silenceTiff() {
  TIFFSetWarningHandler(nullptr);
  TIFFSetErrorHandler(nullptr);
}

} // namespace

bool readImageHeader(const std::string& path, ImageHeader& header, std::string& error) {
  File file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    error = "cannot open " + path + ": " + std::strerror(errno);
    return false;
  }
  std::uint8_t magic[16] = {};
  const size_t n = std::fread(magic, 1, sizeof magic, file.get());
  std::rewind(file.get());
  header.format = sniff(magic, n);
  if (header.format == "jpeg") {
    return withJpeg(file.get(), error, [&](jpeg_decompress_struct& info) {
      header.width = int(info.image_width);
      header.height = int(info.image_height);
    });
  }
  if (header.format == "png") {
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_stdio(&image, file.get())) {
      error = std::string("PNG: ") + image.message;
      return false;
    }
    header.width = int(image.width);
    header.height = int(image.height);
    png_image_free(&image);
    return true;
  }
  if (header.format == "webp") {
    // The dimensions sit in the first few dozen bytes; 64 KiB covers any chunk layout.
    std::vector<std::uint8_t> head(65536);
    head.resize(std::fread(head.data(), 1, head.size(), file.get()));
    if (!WebPGetInfo(head.data(), head.size(), &header.width, &header.height)) {
      error = "WebP: not a valid WebP header";
      return false;
    }
    return true;
  }
  if (header.format == "tiff") {
    silenceTiff();
    TIFF* tiff = TIFFOpen(path.c_str(), "r");
    if (!tiff) {
      error = "TIFF: cannot read the header";
      return false;
    }
    std::uint32_t w = 0, h = 0;
    TIFFGetField(tiff, TIFFTAG_IMAGEWIDTH, &w);
    TIFFGetField(tiff, TIFFTAG_IMAGELENGTH, &h);
    TIFFClose(tiff);
    header.width = int(w);
    header.height = int(h);
    return true;
  }
  error = path + " is not a JPEG, PNG, WebP or TIFF image";
  return false;
}

namespace {
bool decodeRows(const std::string& path, const ImageHeader& header, std::uint8_t* rgb, std::string& error,
                const std::function<void(int)>& progress);
}

bool decodeImage(const std::string& path, const ImageHeader& header, std::uint8_t* rgb, std::string& error,
                 std::atomic<int>* rowsDone) {
  const auto progress = [rowsDone](int rows) {
    if (!rowsDone) return;
    rowsDone->store(rows, std::memory_order_release);
    rowsDone->notify_all();
  };
  struct Done { // the height at the end, whichever way decoding ends
    std::function<void(int)> progress;
    int height;
    ~Done() { progress(height); }
  } done{progress, header.height};
  return decodeRows(path, header, rgb, error, progress);
}

namespace {
bool decodeRows(const std::string& path, const ImageHeader& header, std::uint8_t* rgb, std::string& error,
                const std::function<void(int)>& progress) {
  const size_t rowBytes = size_t(header.width) * 3;
  if (header.format == "jpeg") {
    File file(std::fopen(path.c_str(), "rb"));
    if (!file) return (error = "cannot open " + path), false;
    bool ok = true;
    const bool opened = withJpeg(file.get(), error, [&](jpeg_decompress_struct& info) {
      info.out_color_space = JCS_RGB;
      jpeg_start_decompress(&info);
      // Rows straight into the destination: no second copy of the image.
      while (info.output_scanline < info.output_height) {
        JSAMPROW row = rgb + size_t(info.output_scanline) * rowBytes;
        jpeg_read_scanlines(&info, &row, 1);
        if (info.output_scanline % 16 == 0) progress(int(info.output_scanline));
      }
      jpeg_finish_decompress(&info);
    });
    return opened && ok;
  }
  if (header.format == "png") {
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&image, path.c_str())) return (error = std::string("PNG: ") + image.message), false;
    image.format = PNG_FORMAT_RGB;
    if (!png_image_finish_read(&image, nullptr, rgb, png_int_32(rowBytes), nullptr)) {
      error = std::string("PNG: ") + image.message;
      png_image_free(&image);
      return false;
    }
    return true;
  }
  if (header.format == "webp") {
    std::vector<std::uint8_t> bytes;
    if (!readAll(path, bytes)) return (error = "cannot read " + path), false;
    if (!WebPDecodeRGBInto(bytes.data(), bytes.size(), rgb, rowBytes * size_t(header.height), int(rowBytes)))
      return (error = "WebP: the image could not be decoded"), false;
    return true;
  }
  if (header.format == "tiff") {
    silenceTiff();
    TIFF* tiff = TIFFOpen(path.c_str(), "r");
    if (!tiff) return (error = "TIFF: cannot open " + path), false;
    // Strip by strip through libtiff's RGBA conversion (any photometric, bit depth or layout),
    // so the only full-size buffer is the caller's RGB one.
    std::uint32_t rowsPerStrip = 0;
    TIFFGetFieldDefaulted(tiff, TIFFTAG_ROWSPERSTRIP, &rowsPerStrip);
    const bool tiled = TIFFIsTiled(tiff);
    if (tiled) rowsPerStrip = 0;
    bool ok = true;
    if (!tiled && rowsPerStrip > 0) {
      std::vector<std::uint32_t> strip(size_t(header.width) * rowsPerStrip);
      for (std::uint32_t y = 0; ok && y < std::uint32_t(header.height); y += rowsPerStrip) {
        if (!TIFFReadRGBAStrip(tiff, y, strip.data())) {
          ok = false;
          break;
        }
        const std::uint32_t rows = std::min<std::uint32_t>(rowsPerStrip, std::uint32_t(header.height) - y);
        for (std::uint32_t r = 0; r < rows; ++r) {
          // TIFFReadRGBAStrip's rows run bottom up within the strip.
          const std::uint32_t* src = strip.data() + size_t(rows - 1 - r) * size_t(header.width);
          std::uint8_t* dst = rgb + size_t(y + r) * rowBytes;
          for (int x = 0; x < header.width; ++x) {
            dst[x * 3] = std::uint8_t(TIFFGetR(src[x]));
            dst[x * 3 + 1] = std::uint8_t(TIFFGetG(src[x]));
            dst[x * 3 + 2] = std::uint8_t(TIFFGetB(src[x]));
          }
        }
        progress(int(y + rows));
      }
    } else {
      std::vector<std::uint32_t> all(size_t(header.width) * size_t(header.height));
      ok = TIFFReadRGBAImageOriented(tiff, std::uint32_t(header.width), std::uint32_t(header.height), all.data(), ORIENTATION_TOPLEFT, 0);
      for (size_t i = 0; ok && i < all.size(); ++i) {
        rgb[i * 3] = std::uint8_t(TIFFGetR(all[i]));
        rgb[i * 3 + 1] = std::uint8_t(TIFFGetG(all[i]));
        rgb[i * 3 + 2] = std::uint8_t(TIFFGetB(all[i]));
      }
    }
    TIFFClose(tiff);
    if (!ok) error = "TIFF: the image could not be decoded";
    return ok;
  }
  error = "unsupported format";
  return false;
}
} // namespace

bool encodeJpeg(const std::uint8_t* rgb, int width, int height, int stride, int quality, std::vector<std::uint8_t>& out) {
  jpeg_compress_struct info;
  JpegError err;
  info.err = jpeg_std_error(&err.base);
  err.base.error_exit = jpegFail;
  err.base.emit_message = jpegWarn;
  unsigned char* buffer = nullptr;
  unsigned long size = 0;
  if (setjmp(err.jump)) {
    jpeg_destroy_compress(&info);
    std::free(buffer);
    return false;
  }
  jpeg_create_compress(&info);
  jpeg_mem_dest(&info, &buffer, &size);
  info.image_width = JDIMENSION(width);
  info.image_height = JDIMENSION(height);
  info.input_components = 3;
  info.in_color_space = JCS_RGB;
  jpeg_set_defaults(&info);
  jpeg_set_quality(&info, quality, TRUE);
  info.optimize_coding = FALSE; // (as vips and most tilers: ~15% faster, ~5% larger)
  jpeg_start_compress(&info, TRUE);
  while (info.next_scanline < info.image_height) {
    JSAMPROW row = const_cast<std::uint8_t*>(rgb + size_t(info.next_scanline) * size_t(stride));
    jpeg_write_scanlines(&info, &row, 1);
  }
  jpeg_finish_compress(&info);
  out.assign(buffer, buffer + size);
  jpeg_destroy_compress(&info);
  std::free(buffer);
  return true;
}

bool encodeWebp(const std::uint8_t* rgb, int width, int height, int stride, int quality, std::vector<std::uint8_t>& out) {
  std::uint8_t* buffer = nullptr;
  const size_t size = WebPEncodeRGB(rgb, width, height, stride, float(quality), &buffer);
  if (!size) return false;
  out.assign(buffer, buffer + size);
  WebPFree(buffer);
  return true;
}

} // namespace shotscape::tools
