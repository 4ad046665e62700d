#pragma once
// Callbacks by request or media id. A player has a handful in flight, so a vector searched in
// order is all it needs (std::map's tree code cost the module about 2 KB).

#include <optional>
#include <utility>
#include <vector>

namespace shotscape {

template <typename T>
class IdTable {
 public:
  void put(int id, T value) { items_.emplace_back(id, std::move(value)); }
  T* find(int id) {
    for (auto& item : items_)
      if (item.first == id) return &item.second;
    return nullptr;
  }
  // Removes the entry and hands it over (empty: none by that id).
  std::optional<T> take(int id) {
    for (auto it = items_.begin(); it != items_.end(); ++it) {
      if (it->first != id) continue;
      std::optional<T> out(std::move(it->second));
      items_.erase(it);
      return out;
    }
    return std::nullopt;
  }
  const std::vector<std::pair<int, T>>& items() const { return items_; }

 private:
  std::vector<std::pair<int, T>> items_;
};

} // namespace shotscape
