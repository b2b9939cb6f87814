#!/usr/bin/python3
"""Prints the SigV4 vectors hard-coded in tests/unit/tst_sigv4.cpp, computed by botocore.

Run by hand with Debian's interpreter and package (not a virtualenv's):
    apt-get install python3-botocore
    /usr/bin/python3 tests/support/s3/sigv4_vectors.py

botocore reads the clock itself; the timestamp is pinned by patching botocore.auth's datetime.
"""
import datetime
import hashlib
import base64
from unittest import mock

import botocore
import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials

ACCESS_KEY = 'AKIAIOSFODNN7EXAMPLE'
SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
CREDENTIALS = Credentials(ACCESS_KEY, SECRET_KEY)


def pinned(moment):
    class Pinned(datetime.datetime):
        @classmethod
        def utcnow(cls):
            return moment

    return mock.patch.object(botocore.auth.datetime, 'datetime', Pinned)


def md5_base64(body):
    return base64.b64encode(hashlib.md5(body).digest()).decode()


T1 = datetime.datetime(2013, 5, 24, 0, 0, 0)  # the AWS documentation's examples
T2 = datetime.datetime(2024, 2, 29, 13, 45, 7)

BODY = b'hello storyreel\n'
PART = bytes((i * 31 + 7) % 251 for i in range(64))
COMPLETE = (b'<CompleteMultipartUpload xmlns="http://s3.amazonaws.com/doc/2006-03-01/">'
            b'<Part><PartNumber>1</PartNumber><ETag>"0123456789abcdef0123456789abcdef"</ETag></Part>'
            b'</CompleteMultipartUpload>')

# name, method, encoded URL, headers (besides host, x-amz-date, x-amz-content-sha256), body, region, time
HEADER_VECTORS = [
    ('aws-doc-get-range', 'GET', 'https://examplebucket.s3.amazonaws.com/test.txt',
     [('range', 'bytes=0-9')], b'', 'us-east-1', T1),
    ('get-empty-path-style', 'GET', 'https://s3.eu-west-1.amazonaws.com/studio-media/videos/clip%201.mp4',
     [], b'', 'eu-west-1', T2),
    ('put-body-md5-type-meta', 'PUT',
     'http://127.0.0.1:9000/studio-media/looks/%C3%BC%2B%3D/a%20b.mp4',
     [('content-md5', md5_base64(BODY)), ('content-type', 'video/mp4'), ('x-amz-meta-look-id', '42'),
      ('x-amz-meta-title', '  Morning   light ')], BODY, 'us-east-1', T2),
    ('list-query', 'GET',
     'https://s3.eu-west-1.amazonaws.com/studio-media?continuation-token=x%2By%3D&list-type=2'
     '&max-keys=50&prefix=a%20b%2F%C3%BC',
     [], b'', 'eu-west-1', T2),
    ('create-multipart', 'POST',
     'https://studio-media.s3.eu-west-1.amazonaws.com/renders/final%20cut.mp4?uploads=',
     [('content-type', 'video/mp4'), ('x-amz-meta-sha256', 'abc123')], b'', 'eu-west-1', T2),
    ('upload-part', 'PUT',
     'https://studio-media.s3.eu-west-1.amazonaws.com/renders/final%20cut.mp4'
     '?partNumber=2&uploadId=VXBsb2Fk%2BSUQ%3D%3D',
     [('content-md5', md5_base64(PART)), ('content-type', 'application/octet-stream')], PART, 'eu-west-1',
     T2),
    ('complete-multipart', 'POST',
     'https://studio-media.s3.eu-west-1.amazonaws.com/renders/final%20cut.mp4?uploadId=VXBsb2Fk%2BSUQ%3D%3D',
     [('content-type', 'application/xml')], COMPLETE, 'eu-west-1', T2),
    ('delete-r2', 'DELETE', 'https://studio-media.0123456789abcdef.r2.cloudflarestorage.com/a%2Bb%3Dc.txt',
     [], b'', 'auto', T2),
]

# name, encoded URL, expires, region, time
PRESIGN_VECTORS = [
    ('aws-doc-presign', 'https://examplebucket.s3.amazonaws.com/test.txt', 86400, 'us-east-1', T1),
    ('path-style-1h', 'https://s3.eu-west-1.amazonaws.com/studio-media/videos/%C3%BC%20clip%2B1.mp4', 3600,
     'eu-west-1', T2),
    ('virtual-hosted-7d', 'https://studio-media.s3.eu-west-1.amazonaws.com/videos/%C3%BC%20clip%2B1.mp4',
     604800, 'eu-west-1', T2),
    ('loopback-port-1h', 'http://127.0.0.1:9000/studio-media/a.mp4', 3600, 'us-east-1', T2),
]


def sign_header(method, url, headers, body, region, moment):
    request = AWSRequest(method=method, url=url, data=body, headers=dict(headers))
    request.context['client_config'] = Config(s3={'payload_signing_enabled': True})
    with pinned(moment):
        botocore.auth.S3SigV4Auth(CREDENTIALS, 's3', region).add_auth(request)
    return request.headers['Authorization'], request.headers['X-Amz-Content-SHA256']


def presign(url, expires, region, moment):
    request = AWSRequest(method='GET', url=url)
    with pinned(moment):
        botocore.auth.S3SigV4QueryAuth(CREDENTIALS, 's3', region, expires=expires).add_auth(request)
    return request.url


def cpp(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'


def main():
    print(f'// botocore {botocore.__version__}: tests/support/s3/sigv4_vectors.py')
    print('// header form: name, method, url, headers, body, region, time, x-amz-content-sha256, Authorization')
    for name, method, url, headers, body, region, moment in HEADER_VECTORS:
        authorization, payload = sign_header(method, url, headers, body, region, moment)
        header_list = ', '.join('{%s, %s}' % (cpp(k), cpp(v)) for k, v in headers)
        print(f'{{{cpp(name)}, {cpp(method)}, {cpp(url)}, {{{header_list}}}, {cpp(body.hex())}, '
              f'{cpp(region)}, {cpp(moment.strftime("%Y-%m-%dT%H:%M:%SZ"))}, {cpp(payload)}, '
              f'{cpp(authorization)}}},')
    print('// presigned: name, url, expires, region, time, presigned url')
    for name, url, expires, region, moment in PRESIGN_VECTORS:
        print(f'{{{cpp(name)}, {cpp(url)}, {expires}, {cpp(region)}, '
              f'{cpp(moment.strftime("%Y-%m-%dT%H:%M:%SZ"))}, {cpp(presign(url, expires, region, moment))}}},')


if __name__ == '__main__':
    main()
