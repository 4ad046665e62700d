// ImGui's .ini settings parser (imgui.cpp, imgui_tables.cpp) is its only caller of sscanf. The player
// keeps no settings (io.IniFilename is null), so src/player/CMakeLists.txt points that target's
// sscanf here: a stub that matches nothing, which keeps libc's scanf family out of the module.
extern "C" int shotscape_imgui_sscanf(const char*, const char*, ...) { return 0; }
