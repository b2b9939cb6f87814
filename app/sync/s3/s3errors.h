#pragma once

#include "httpclient.h"
#include "s3types.h"
#include "s3xml.h"

namespace storyreel::s3 {

// The error of a non-2xx S3 answer (HttpRequest::describeError): S3's Code and Message from the XML
// body ("NoSuchBucket: The specified bucket does not exist"), and the kind from the status and the code:
// 403 InvalidAccessKeyId / SignatureDoesNotMatch -> Unauthorized, other 403 -> Forbidden,
// 404 -> NotFound, 5xx -> Server. The keys are masked wherever S3 echoed them.
ProviderError errorFromAnswer(ProviderError policyError, const HttpResponse &answer, const Keys &keys);

// An <Error> document, wherever it came from (CompleteMultipartUpload may send one with 200).
ProviderError errorFromXml(const xml::Error &error, int status, const Keys &keys);

// Whether `error` carries S3's `code` ("NoSuchUpload"): the message starts with "<code>: ".
bool hasCode(const ProviderError &error, const QString &code);

}  // namespace storyreel::s3
