#include "widgets/PropertiesView.h"

#include "widgets/PropertyLabels.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace vitrine {
namespace {

// libobs keeps colours as 0xAABBGGRR.
QColor colorFromObs(long long value)
{
    const auto v = static_cast<quint32>(value);
    return QColor(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >> 24) & 0xff);
}

// A swatch readable on any theme: the colour over a checkerboard (for transparency) inside a frame.
QIcon swatch(const QColor& color)
{
    QPixmap pixmap(28, 16);
    pixmap.fill(Qt::white);
    QPainter painter(&pixmap);
    for (int y = 0; y < pixmap.height(); y += 4)
        for (int x = (y / 4) % 2 * 4; x < pixmap.width(); x += 8)
            painter.fillRect(x, y, 4, 4, QColor(0xcc, 0xcc, 0xcc));
    painter.fillRect(pixmap.rect(), color);
    painter.setPen(QColor(0x60, 0x60, 0x60));
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    return QIcon(pixmap);
}

long long colorToObs(const QColor& color)
{
    return static_cast<long long>(
        static_cast<quint32>(color.red()) | static_cast<quint32>(color.green()) << 8 |
        static_cast<quint32>(color.blue()) << 16 | static_cast<quint32>(color.alpha()) << 24);
}

} // namespace

PropertiesView::PropertiesView(obs_source_t* source, QWidget* parent, const QSet<QString>& hidden,
                               const QSet<QString>& advanced)
    : QWidget(parent), m_source(source), m_settings(obs_source_get_settings(source)), m_form(new QFormLayout),
      m_hidden(hidden), m_advanced(advanced)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    m_properties = obs_source_properties(source);
    build();
}

PropertiesView::~PropertiesView()
{
    obs_properties_destroy(m_properties);
}

int PropertiesView::rowCount() const
{
    return m_form->rowCount();
}

void PropertiesView::build()
{
    if (!m_properties) {
        m_form->addRow(new QLabel(tr("This source has no properties."), this));
        return;
    }
    for (obs_property_t* property = obs_properties_first(m_properties); property;
         obs_property_next(&property)) {
        const QString key = QString::fromUtf8(obs_property_name(property));
        if (obs_property_visible(property) && !m_hidden.contains(key))
            addProperty(property, m_advanced.contains(key) ? advancedForm() : m_form);
    }
    static_cast<QVBoxLayout*>(layout())->addStretch(1);
}

QFormLayout* PropertiesView::advancedForm()
{
    if (m_advancedForm)
        return m_advancedForm;
    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("Advanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    m_advancedSection = new QWidget(this);
    m_advancedSection->setObjectName(QStringLiteral("advancedSection"));
    m_advancedForm = new QFormLayout(m_advancedSection);
    m_advancedForm->setContentsMargins(12, 0, 0, 0);
    m_advancedSection->hide();
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_advancedSection->setVisible(open);
    });
    auto* outer = static_cast<QVBoxLayout*>(layout());
    outer->addWidget(m_advancedToggle);
    outer->addWidget(m_advancedSection);
    return m_advancedForm;
}

void PropertiesView::setString(const char* key, const QString& value)
{
    obs_data_set_string(m_settings, key, value.toUtf8().constData());
    const QString name = QString::fromUtf8(key);
    if (auto* edit = findChild<QPlainTextEdit*>(name)) {
        const QSignalBlocker blocker(edit);
        edit->setPlainText(value);
    } else if (auto* line = findChild<QLineEdit*>(name)) {
        line->setText(value);
    }
    commit(key);
}

void PropertiesView::commit(const char* key)
{
    m_changed.insert(QString::fromUtf8(key));
    obs_source_update(m_source, m_settings);
    Q_EMIT changed(QString::fromUtf8(key));
}

void PropertiesView::addProperty(obs_property_t* property, QFormLayout* form)
{
    const char* key = obs_property_name(property);
    const QString name = QString::fromUtf8(key);
    const QString label = PropertyLabels::label(QString::fromUtf8(obs_source_get_id(m_source)), name,
                                                QString::fromUtf8(obs_property_description(property)));
    obs_data_t* values = m_settings;
    switch (obs_property_get_type(property)) {
    case OBS_PROPERTY_BOOL: {
        auto* box = new QCheckBox(label, this);
        box->setObjectName(name);
        box->setChecked(obs_data_get_bool(values, key));
        connect(box, &QCheckBox::toggled, this, [this, key](bool on) {
            obs_data_set_bool(m_settings, key, on);
            commit(key);
        });
        form->addRow(QString(), box);
        return;
    }
    case OBS_PROPERTY_INT: {
        auto* spin = new QSpinBox(this);
        spin->setObjectName(name);
        spin->setRange(obs_property_int_min(property), obs_property_int_max(property));
        spin->setSingleStep(std::max(1, obs_property_int_step(property)));
        spin->setSuffix(QString::fromUtf8(obs_property_int_suffix(property)));
        spin->setValue(static_cast<int>(obs_data_get_int(values, key)));
        connect(spin, &QSpinBox::valueChanged, this, [this, key](int value) {
            obs_data_set_int(m_settings, key, value);
            commit(key);
        });
        form->addRow(label, spin);
        return;
    }
    case OBS_PROPERTY_FLOAT: {
        auto* spin = new QDoubleSpinBox(this);
        spin->setObjectName(name);
        spin->setRange(obs_property_float_min(property), obs_property_float_max(property));
        spin->setSingleStep(obs_property_float_step(property));
        spin->setSuffix(QString::fromUtf8(obs_property_float_suffix(property)));
        spin->setValue(obs_data_get_double(values, key));
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, key](double value) {
            obs_data_set_double(m_settings, key, value);
            commit(key);
        });
        form->addRow(label, spin);
        return;
    }
    case OBS_PROPERTY_TEXT: {
        const QString text = QString::fromUtf8(obs_data_get_string(values, key));
        if (obs_property_text_type(property) == OBS_TEXT_MULTILINE) {
            auto* edit = new QPlainTextEdit(text, this);
            edit->setObjectName(name);
            edit->setMaximumHeight(90);
            connect(edit, &QPlainTextEdit::textChanged, this, [this, key, edit] {
                obs_data_set_string(m_settings, key, edit->toPlainText().toUtf8().constData());
                commit(key);
            });
            form->addRow(label, edit);
        } else {
            auto* edit = new QLineEdit(text, this);
            edit->setObjectName(name);
            if (obs_property_text_type(property) == OBS_TEXT_PASSWORD)
                edit->setEchoMode(QLineEdit::Password);
            connect(edit, &QLineEdit::textEdited, this, [this, key](const QString& value) {
                obs_data_set_string(m_settings, key, value.toUtf8().constData());
                commit(key);
            });
            form->addRow(label, edit);
        }
        return;
    }
    case OBS_PROPERTY_PATH: {
        auto* row = new QWidget(this);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* edit = new QLineEdit(QString::fromUtf8(obs_data_get_string(values, key)), row);
        edit->setObjectName(name);
        auto* browse = new QPushButton(tr("Browse…"), row);
        layout->addWidget(edit, 1);
        layout->addWidget(browse);
        auto set = [this, key](const QString& value) {
            obs_data_set_string(m_settings, key, value.toUtf8().constData());
            commit(key);
        };
        connect(edit, &QLineEdit::editingFinished, this, [edit, set] { set(edit->text()); });
        const bool folder = obs_property_path_type(property) == OBS_PATH_DIRECTORY;
        const QString filter = QString::fromUtf8(obs_property_path_filter(property));
        connect(browse, &QPushButton::clicked, this, [this, edit, set, folder, filter, label] {
            const QString chosen = folder ? QFileDialog::getExistingDirectory(this, label, edit->text())
                                          : QFileDialog::getOpenFileName(this, label, edit->text(), filter);
            if (chosen.isEmpty())
                return;
            edit->setText(chosen);
            set(chosen);
        });
        form->addRow(label, row);
        return;
    }
    case OBS_PROPERTY_LIST: {
        auto* combo = new QComboBox(this);
        combo->setObjectName(name);
        const obs_combo_format format = obs_property_list_format(property);
        const size_t count = obs_property_list_item_count(property);
        for (size_t i = 0; i < count; ++i) {
            QVariant value;
            if (format == OBS_COMBO_FORMAT_INT)
                value = static_cast<qlonglong>(obs_property_list_item_int(property, i));
            else if (format == OBS_COMBO_FORMAT_FLOAT)
                value = obs_property_list_item_float(property, i);
            else
                value = QString::fromUtf8(obs_property_list_item_string(property, i));
            combo->addItem(QString::fromUtf8(obs_property_list_item_name(property, i)), value);
        }
        QVariant current;
        if (format == OBS_COMBO_FORMAT_INT)
            current = static_cast<qlonglong>(obs_data_get_int(values, key));
        else if (format == OBS_COMBO_FORMAT_FLOAT)
            current = obs_data_get_double(values, key);
        else
            current = QString::fromUtf8(obs_data_get_string(values, key));
        combo->setCurrentIndex(combo->findData(current));
        if (count == 0)
            combo->addItem(tr("(none available)"));
        combo->setEnabled(count > 0);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key, combo, format] {
            const QVariant value = combo->currentData();
            if (format == OBS_COMBO_FORMAT_INT)
                obs_data_set_int(m_settings, key, value.toLongLong());
            else if (format == OBS_COMBO_FORMAT_FLOAT)
                obs_data_set_double(m_settings, key, value.toDouble());
            else
                obs_data_set_string(m_settings, key, value.toString().toUtf8().constData());
            commit(key);
        });
        form->addRow(label, combo);
        return;
    }
    case OBS_PROPERTY_COLOR:
    case OBS_PROPERTY_COLOR_ALPHA: {
        auto* button = new QPushButton(this);
        button->setObjectName(name);
        const bool alpha = obs_property_get_type(property) == OBS_PROPERTY_COLOR_ALPHA;
        // A swatch beside the hex value, in the button's own readable colours.
        auto paint = [button, alpha](const QColor& color) {
            button->setIcon(swatch(color));
            button->setIconSize(QSize(28, 16));
            button->setText(alpha && color.alpha() < 255 ? color.name(QColor::HexArgb).toUpper()
                                                         : color.name(QColor::HexRgb).toUpper());
        };
        paint(colorFromObs(obs_data_get_int(values, key)));
        connect(button, &QPushButton::clicked, this, [this, key, alpha, paint, label] {
            const QColor chosen = QColorDialog::getColor(
                colorFromObs(obs_data_get_int(m_settings, key)), this, label,
                alpha ? QColorDialog::ShowAlphaChannel : QColorDialog::ColorDialogOptions());
            if (!chosen.isValid())
                return;
            paint(chosen);
            obs_data_set_int(m_settings, key, colorToObs(chosen));
            commit(key);
        });
        form->addRow(label, button);
        return;
    }
    case OBS_PROPERTY_FONT: {
        auto* button = new QPushButton(this);
        button->setObjectName(name);
        auto describe = [this, key, button] {
            OBSDataAutoRelease font = obs_data_get_obj(m_settings, key);
            button->setText(QStringLiteral("%1 %2")
                                .arg(QString::fromUtf8(obs_data_get_string(font, "face")))
                                .arg(obs_data_get_int(font, "size")));
        };
        describe();
        connect(button, &QPushButton::clicked, this, [this, key, describe, label] {
            OBSDataAutoRelease font = obs_data_get_obj(m_settings, key);
            bool ok = false;
            const QFont chosen = QFontDialog::getFont(
                &ok,
                QFont(QString::fromUtf8(obs_data_get_string(font, "face")),
                      static_cast<int>(std::max<long long>(1, obs_data_get_int(font, "size")))),
                this, label);
            if (!ok)
                return;
            OBSDataAutoRelease updated = obs_data_create();
            obs_data_set_string(updated, "face", chosen.family().toUtf8().constData());
            obs_data_set_string(updated, "style", chosen.styleName().toUtf8().constData());
            obs_data_set_int(updated, "size", chosen.pointSize());
            obs_data_set_int(updated, "flags", (chosen.bold() ? 1 : 0) | (chosen.italic() ? 2 : 0));
            obs_data_set_obj(m_settings, key, updated);
            describe();
            commit(key);
        });
        form->addRow(label, button);
        return;
    }
    case OBS_PROPERTY_BUTTON: {
        auto* button = new QPushButton(label, this);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, [this, property] {
            if (obs_property_button_clicked(property, m_source.Get()))
                Q_EMIT changed(QString::fromUtf8(obs_property_name(property)));
        });
        form->addRow(QString(), button);
        return;
    }
    default:
        // Groups, editable lists and frame rates are not offered here yet.
        return;
    }
}

} // namespace vitrine
