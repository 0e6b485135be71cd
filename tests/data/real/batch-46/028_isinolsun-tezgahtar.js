export default {
  version: '1.0',
  statusCode: 200,
  result: {
    jobList: {
      items: [
        {
          jobId: '63E9C2CB2B054F06A616488246DB3E20',
          positionName: 'Tezgahtar',
          companyName: 'Peynirmatik Gıda San. Tic. Ltd',
          durationDay: 0,
          durationDayText: '9s',
          imageUrl:
            'https://upload-isinolsun-com.mncdn.com/company/job/2021/11/20/168862920211120065346277.jpg',
          largeImageUrl:
            'https://upload-isinolsun-com.mncdn.com/company/job/2021/11/20/168862920211120065346277.jpg',
          shareUrl:
            'https://isinolsun.com/is-ilani/tezgahtar-peynirmatik-gida-san-tic-ltd-0ioj63E9C2CB2B054F06A616488246DB3E20',
          distance: '',
          latitude: 38.804115,
          longitude: 26.97038,
          cityName: 'İzmir',
          townName: 'Aliağa',
          applicationType: 2,
          jobDisplayType: [1],
          jobDisplayPlaceType: [1],
          isJobFavorite: false,
          workType: 1,
          tagText: 'İlk başvuranlardan biri ol',
          tagDescription: 'Yeni',
          tagColor: '#02cba2',
          shortAddress: 'Aliağa, İzmir',
          evaluationScore: '4.4'
        },
