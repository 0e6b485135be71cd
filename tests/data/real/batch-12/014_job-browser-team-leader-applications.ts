const job = {
  bulletPoints: [
    'Join the Te Amorangi M─ütauranga Matua Information wh─ünau',
    'Exciting leadership opportunity to develop an Applications centre of excellence',
    'Strictly Wellington-based role',
  ],
  branding: {
    serpLogoUrl:
      'https:\u002F\u002Fbx-branding-gateway.cloud.seek.com.au\u002F8785a64e-fcde-b316-a92f-b15f8523193e.1\u002FserpLogo',
  },
  classifications: [
    {
      classification: {
        id: '6281',
        description: 'Information & Communication Technology',
      },
      subclassification: {
        id: '6298',
        description: 'Team Leaders',
      },
    },
    {
      classification: {
        id: '1210',
        description: 'Government & Defence',
      },
      subclassification: {
        id: '6356',
        description: 'Government',
      },
    },
  ],
  companyName: 'Tertiary Education Commission',
  id: '84961018',
  listingDate: '2025-06-16T23:54:56Z',
  locations: [
    {
      label: 'Wellington Central, Wellington',
      countryCode: 'NZ',
      seoHierarchy: [
        { contextualName: 'Wellington CBD Wellington' },
        { contextualName: 'All Wellington' },
      ],
    },
  ],
  salaryLabel: '$125,813 - $148,015 + 3% KiwiSaver',
  teaser:
    'Be responsible for the leadership of technical and administrative services to support and maintain live applications',
  title: 'Team Leader Applications',
  tracking:
    'ewogICJ0b2tlbiI6ICI1NjNlN2MxOC1mYTQwLTQyNGYtYjVkMC0yZmI1OWNhM2VlM2VfMSIKfQ==',
  workTypes: ['Full time'],
  workArrangements: {
    data: [{ id: '1', label: { text: 'On-site' } }],
  },
}
