#pragma once

#include "core/mapping/mappingexplainer.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Tsuzuki {

/// Mapping details: every source's answer for one AniList episode, which one won and why, and
/// where they disagree (MappingExplainer's result, presented; no logic here).
class MappingExplainDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingExplainDialog)

public:
    explicit MappingExplainDialog(QWidget *parent = nullptr);

    void setExplanation(const MappingExplanation &explanation);
    void setError(const QString &message);
    QTableWidget *answersView() const { return m_answers; }

private:
    QLabel *m_header = nullptr;
    QTableWidget *m_answers = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_disagreements = nullptr;
};

} // namespace Tsuzuki
