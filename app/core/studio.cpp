#include "studio.h"

#include "sampleproject.h"

namespace storyreel {

Studio::Studio(const DataLocation &location)
    : m_location(location), m_catalog(location.catalogPath()), m_media(location.root())
{}

Result<std::unique_ptr<Studio>> Studio::open(const DataLocation &location)
{
    std::unique_ptr<Studio> studio(new Studio(location));
    if (Status opened = studio->m_catalog.open(); !opened)
        return opened.failure();
    return studio;
}

Result<bool> Studio::ensureSampleProject()
{
    Result<bool> sample = SampleProject(m_catalog, m_media).ensureCreated();
    if (!sample)
        return Failure{tr("Could not create the sample project: %1").arg(sample.error())};
    m_sampleCreatedNow = m_sampleCreatedNow || *sample;
    return sample;
}

}  // namespace storyreel
