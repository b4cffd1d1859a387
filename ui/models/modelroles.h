#pragma once

#include <Qt>

namespace Tsuzuki {

/// Roles every table model of the UI answers besides the standard ones.
namespace ModelRole {
/// The raw value of a cell (number, QDateTime, string) for sorting: "10" sorts after "9".
inline constexpr int Sort = Qt::UserRole + 1;
/// The row's key (AniList id, log id, ...), for actions on the selected row.
inline constexpr int Key = Qt::UserRole + 2;
} // namespace ModelRole

} // namespace Tsuzuki
