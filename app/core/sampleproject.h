#pragma once

#include "result.h"

#include <QCoreApplication>

namespace storyreel {

class Catalog;
class MediaStore;

// The sample project shipped in resources/sample: one storyboard and two looks with products.
// Created once per catalog; a user who deletes it keeps it deleted.
class SampleProject final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::SampleProject)

public:
    SampleProject(const Catalog &catalog, const MediaStore &media) : m_catalog(catalog), m_media(media) {}

    // Creates the sample when this catalog never had it. Returns true when it was created now.
    Result<bool> ensureCreated() const;

    static constexpr const char *kCreatedMetaKey = "sample_project_created";

private:
    Result<QString> renderImage(const QString &svgName) const;

    const Catalog &m_catalog;
    const MediaStore &m_media;
};

}  // namespace storyreel
